CREATE TABLE "case_concerns" (
	"case_id" uuid NOT NULL,
	"concern" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	CONSTRAINT "case_concerns_case_id_concern_pk" PRIMARY KEY("case_id","concern")
);
--> statement-breakpoint
CREATE TABLE "case_participants" (
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"source_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"until" timestamp with time zone,
	CONSTRAINT "case_participants_case_id_organisation_id_reason_source_id_pk" PRIMARY KEY("case_id","organisation_id","reason","source_id")
);
--> statement-breakpoint
CREATE TABLE "dispatches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"state" jsonb NOT NULL,
	"status" text NOT NULL,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"notes" text,
	"region_code" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kdn_agenda_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"hearing_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"decision_type" text,
	"decision_text" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "kdn_hearings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kdn_organisation_id" uuid NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"place" text,
	"status" text NOT NULL,
	"attendees" jsonb NOT NULL,
	"region_code" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mobile_group_duty" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mobile_group_members" (
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "mobile_group_members_group_id_user_id_pk" PRIMARY KEY("group_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "mobile_groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"district_code" text NOT NULL,
	"region_code" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protocol_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"key" text NOT NULL,
	"protocol_id" text NOT NULL,
	"protocol_version" integer NOT NULL,
	"rule_id" text NOT NULL,
	"concern" text NOT NULL,
	"organisation_type" text NOT NULL,
	"organisation_id" uuid,
	"action" text NOT NULL,
	"within" jsonb NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"escalate_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"done_note" text,
	"escalated_at" timestamp with time zone,
	"region_code" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "protocol_actions_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "protocol_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"protocol_id" text NOT NULL,
	"version" integer NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"document" jsonb NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rehabilitation_providers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"services" text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"contact" text
);
--> statement-breakpoint
CREATE TABLE "rehabilitation_services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"service" text NOT NULL,
	"child_was" text NOT NULL,
	"provider_id" uuid NOT NULL,
	"planned_from" text NOT NULL,
	"sessions_planned" integer,
	"delivered_at" timestamp with time zone,
	"outcome" text,
	"outcome_note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tertiary_activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"participant" text NOT NULL,
	"activity" text NOT NULL,
	"description" text,
	"responsible" text,
	"responsible_user_id" uuid,
	"by_date" text NOT NULL,
	"every_days" integer,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"done_note" text
);
--> statement-breakpoint
CREATE TABLE "tertiary_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"school_organisation_id" uuid NOT NULL,
	"starts_on" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_tasks" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD COLUMN "source_id" uuid;--> statement-breakpoint
ALTER TABLE "case_concerns" ADD CONSTRAINT "case_concerns_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatches" ADD CONSTRAINT "dispatches_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatches" ADD CONSTRAINT "dispatches_group_id_mobile_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."mobile_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kdn_agenda_items" ADD CONSTRAINT "kdn_agenda_items_hearing_id_kdn_hearings_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."kdn_hearings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kdn_agenda_items" ADD CONSTRAINT "kdn_agenda_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kdn_hearings" ADD CONSTRAINT "kdn_hearings_kdn_organisation_id_organisations_id_fk" FOREIGN KEY ("kdn_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobile_group_duty" ADD CONSTRAINT "mobile_group_duty_group_id_mobile_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."mobile_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobile_group_members" ADD CONSTRAINT "mobile_group_members_group_id_mobile_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."mobile_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobile_group_members" ADD CONSTRAINT "mobile_group_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_actions" ADD CONSTRAINT "protocol_actions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_actions" ADD CONSTRAINT "protocol_actions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_actions" ADD CONSTRAINT "protocol_actions_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rehabilitation_providers" ADD CONSTRAINT "rehabilitation_providers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rehabilitation_services" ADD CONSTRAINT "rehabilitation_services_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rehabilitation_services" ADD CONSTRAINT "rehabilitation_services_provider_id_rehabilitation_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."rehabilitation_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tertiary_activities" ADD CONSTRAINT "tertiary_activities_plan_id_tertiary_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."tertiary_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tertiary_activities" ADD CONSTRAINT "tertiary_activities_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tertiary_plans" ADD CONSTRAINT "tertiary_plans_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tertiary_plans" ADD CONSTRAINT "tertiary_plans_school_organisation_id_organisations_id_fk" FOREIGN KEY ("school_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_participants_org_idx" ON "case_participants" USING btree ("organisation_id","active");--> statement-breakpoint
CREATE INDEX "dispatches_group_idx" ON "dispatches" USING btree ("group_id","status");--> statement-breakpoint
CREATE INDEX "dispatches_case_idx" ON "dispatches" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kdn_agenda_key" ON "kdn_agenda_items" USING btree ("hearing_id","case_id");--> statement-breakpoint
CREATE INDEX "kdn_hearings_org_idx" ON "kdn_hearings" USING btree ("kdn_organisation_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "mobile_group_duty_idx" ON "mobile_group_duty" USING btree ("group_id","starts_at");--> statement-breakpoint
CREATE INDEX "protocol_actions_case_idx" ON "protocol_actions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "protocol_actions_org_idx" ON "protocol_actions" USING btree ("organisation_id","done_at");--> statement-breakpoint
CREATE INDEX "protocol_actions_due_idx" ON "protocol_actions" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "protocol_actions_region_idx" ON "protocol_actions" USING btree ("region_code","organisation_type");--> statement-breakpoint
CREATE UNIQUE INDEX "protocol_versions_key" ON "protocol_versions" USING btree ("protocol_id","version");--> statement-breakpoint
CREATE INDEX "rehabilitation_providers_region_idx" ON "rehabilitation_providers" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "rehabilitation_providers_org_key" ON "rehabilitation_providers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "rehabilitation_services_case_idx" ON "rehabilitation_services" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "tertiary_activities_plan_idx" ON "tertiary_activities" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tertiary_plans_case_key" ON "tertiary_plans" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_tasks_source_idx" ON "case_tasks" USING btree ("source_id");