CREATE TABLE "break_glass_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid
);
--> statement-breakpoint
CREATE TABLE "case_assignees" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"assigned_by" uuid NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_assignees_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "case_concerns" (
	"case_id" uuid NOT NULL,
	"concern" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	CONSTRAINT "case_concerns_case_id_concern_pk" PRIMARY KEY("case_id","concern")
);
--> statement-breakpoint
CREATE TABLE "case_flags" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"note" text,
	"raised_by" uuid NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"removed_by" uuid,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_forms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"form" text NOT NULL,
	"schema_version" integer NOT NULL,
	"revision" integer NOT NULL,
	"data" jsonb NOT NULL,
	"saved_by" uuid NOT NULL,
	"saved_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"text" text NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_numbers" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
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
CREATE TABLE "case_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text,
	"source_id" uuid,
	"due_at" timestamp with time zone NOT NULL,
	"assignee_user_id" uuid,
	"assignee_organisation_id" uuid,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"result" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"child_id" uuid NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"owner_user_id" uuid,
	"district_code" text,
	"region_code" text,
	"source" text NOT NULL,
	"reporter" jsonb,
	"reported_at" timestamp with time zone NOT NULL,
	"concerns" text[] NOT NULL,
	"incident" jsonb NOT NULL,
	"risk_level" text NOT NULL,
	"risk_reason" text NOT NULL,
	"triaged_at" timestamp with time zone NOT NULL,
	"response_due_at" timestamp with time zone NOT NULL,
	"first_contact_at" timestamp with time zone,
	"stage" text NOT NULL,
	"status" text NOT NULL,
	"workflow" jsonb NOT NULL,
	"consent" jsonb,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid NOT NULL,
	CONSTRAINT "cases_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "person_merges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"from_person_id" uuid NOT NULL,
	"into_person_id" uuid NOT NULL,
	"moved_case_ids" uuid[] NOT NULL,
	"copied_iin" text,
	"reason" text NOT NULL,
	"merged_by" uuid NOT NULL,
	"merged_at" timestamp with time zone NOT NULL,
	"undone_by" uuid,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "person_search_keys" (
	"person_id" uuid NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "person_search_keys_key_person_id_pk" PRIMARY KEY("key","person_id")
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"iin" text,
	"surname" text NOT NULL,
	"given_name" text NOT NULL,
	"patronymic" text,
	"written_in" text NOT NULL,
	"latin_surname" text,
	"latin_given_name" text,
	"latin_patronymic" text,
	"birth_date" date,
	"estimated_age_years" integer,
	"estimated_age_as_of" date,
	"sex" text,
	"record" jsonb NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"surname_key" text NOT NULL,
	"given_name_key" text NOT NULL,
	"surname_code" text NOT NULL,
	"given_name_code" text NOT NULL,
	"address_kato" text,
	"merged_into" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"state" jsonb NOT NULL,
	"status" text NOT NULL,
	"answer_due_at" timestamp with time zone NOT NULL,
	"result_due_at" timestamp with time zone NOT NULL,
	"override_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transfers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"state" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
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
ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignees" ADD CONSTRAINT "case_assignees_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignees" ADD CONSTRAINT "case_assignees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_concerns" ADD CONSTRAINT "case_concerns_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_flags" ADD CONSTRAINT "case_flags_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_forms" ADD CONSTRAINT "case_forms_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_assignee_organisation_id_organisations_id_fk" FOREIGN KEY ("assignee_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_child_id_persons_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merges" ADD CONSTRAINT "person_merges_from_person_id_persons_id_fk" FOREIGN KEY ("from_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merges" ADD CONSTRAINT "person_merges_into_person_id_persons_id_fk" FOREIGN KEY ("into_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_search_keys" ADD CONSTRAINT "person_search_keys_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_from_organisation_id_organisations_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_to_organisation_id_organisations_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_from_organisation_id_organisations_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_to_organisation_id_organisations_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "break_glass_user_idx" ON "break_glass_grants" USING btree ("user_id","case_id");--> statement-breakpoint
CREATE INDEX "case_assignees_user_idx" ON "case_assignees" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "case_flags_case_idx" ON "case_flags" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_forms_revision_key" ON "case_forms" USING btree ("case_id","form","revision");--> statement-breakpoint
CREATE INDEX "case_notes_case_idx" ON "case_notes" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_participants_org_idx" ON "case_participants" USING btree ("organisation_id","active");--> statement-breakpoint
CREATE INDEX "case_tasks_case_idx" ON "case_tasks" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_tasks_source_idx" ON "case_tasks" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "case_tasks_assignee_idx" ON "case_tasks" USING btree ("assignee_user_id","due_at");--> statement-breakpoint
CREATE INDEX "case_tasks_open_due_idx" ON "case_tasks" USING btree ("due_at") WHERE "case_tasks"."done_at" is null;--> statement-breakpoint
CREATE INDEX "cases_owner_org_idx" ON "cases" USING btree ("owner_organisation_id","updated_at");--> statement-breakpoint
CREATE INDEX "cases_owner_user_idx" ON "cases" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "cases_district_idx" ON "cases" USING btree ("district_code","updated_at");--> statement-breakpoint
CREATE INDEX "cases_region_idx" ON "cases" USING btree ("region_code","updated_at");--> statement-breakpoint
CREATE INDEX "cases_child_idx" ON "cases" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status","risk_level");--> statement-breakpoint
CREATE INDEX "cases_updated_idx" ON "cases" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "person_search_keys_person_idx" ON "person_search_keys" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_iin_key" ON "persons" USING btree ("iin") WHERE "persons"."iin" is not null and "persons"."merged_into" is null;--> statement-breakpoint
CREATE INDEX "persons_surname_key_idx" ON "persons" USING btree ("surname_key");--> statement-breakpoint
CREATE INDEX "persons_given_name_key_idx" ON "persons" USING btree ("given_name_key");--> statement-breakpoint
CREATE INDEX "persons_surname_code_idx" ON "persons" USING btree ("surname_code");--> statement-breakpoint
CREATE INDEX "persons_given_name_code_idx" ON "persons" USING btree ("given_name_code");--> statement-breakpoint
CREATE INDEX "referrals_case_idx" ON "referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "referrals_to_org_idx" ON "referrals" USING btree ("to_organisation_id","status");--> statement-breakpoint
CREATE INDEX "transfers_case_idx" ON "transfers" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "transfers_to_org_idx" ON "transfers" USING btree ("to_organisation_id","status");--> statement-breakpoint
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
CREATE UNIQUE INDEX "tertiary_plans_case_key" ON "tertiary_plans" USING btree ("case_id");