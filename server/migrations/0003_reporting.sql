CREATE TABLE "government_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"period_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"language" text NOT NULL,
	"status" text NOT NULL,
	"job_id" uuid,
	"docx_file_id" uuid,
	"xlsx_file_id" uuid,
	"pdf_file_id" uuid,
	"measures" integer,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reporting_measure_forms" (
	"plan_id" uuid NOT NULL,
	"measure_number" integer NOT NULL,
	"document_required" boolean NOT NULL,
	"indicators" text[],
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "reporting_measure_forms_plan_id_measure_number_pk" PRIMARY KEY("plan_id","measure_number")
);
--> statement-breakpoint
CREATE TABLE "reporting_measure_texts" (
	"period_id" uuid NOT NULL,
	"measure_number" integer NOT NULL,
	"summary" text,
	"summary_by" uuid,
	"summary_at" timestamp with time zone,
	"consolidated_kk" text,
	"consolidated_ru" text,
	"assessment" text,
	"consolidated_by" uuid,
	"consolidated_at" timestamp with time zone,
	CONSTRAINT "reporting_measure_texts_period_id_measure_number_pk" PRIMARY KEY("period_id","measure_number")
);
--> statement-breakpoint
CREATE TABLE "reporting_obligations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"period_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"measure_number" integer NOT NULL,
	"section" integer,
	"organisation_id" uuid NOT NULL,
	"region_code" text,
	"district_code" text,
	"codes" text[] NOT NULL,
	"lead" boolean NOT NULL,
	"invited" boolean NOT NULL,
	"report_due" date NOT NULL,
	"deliverable_due" date,
	"state" text,
	"content" jsonb,
	"execution_status" text,
	"version" integer DEFAULT 0 NOT NULL,
	"first_submitted_at" timestamp with time zone,
	"last_submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"accepted_at" timestamp with time zone,
	"updated_at" timestamp with time zone,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"plan_version" integer NOT NULL,
	"code" text NOT NULL,
	"frequency" text NOT NULL,
	"year" integer NOT NULL,
	"part" integer NOT NULL,
	"start" date NOT NULL,
	"end" date NOT NULL,
	"executors_due_day" integer NOT NULL,
	"coordinator_due_day" integer NOT NULL,
	"executors_due" date NOT NULL,
	"coordinator_due" date NOT NULL,
	"overridden" boolean NOT NULL,
	"reminder_rule" jsonb NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" uuid,
	"revision" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "reporting_periods_dates" CHECK ("reporting_periods"."start" <= "reporting_periods"."end" and "reporting_periods"."end" < "reporting_periods"."executors_due")
);
--> statement-breakpoint
CREATE TABLE "reporting_report_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"obligation_id" uuid NOT NULL,
	"action" text NOT NULL,
	"version" integer NOT NULL,
	"note" text,
	"at" timestamp with time zone NOT NULL,
	"by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_report_versions" (
	"obligation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid NOT NULL,
	"decision" text,
	"comment" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	CONSTRAINT "reporting_report_versions_obligation_id_version_pk" PRIMARY KEY("obligation_id","version")
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sha256" text NOT NULL,
	"bytes" bigint NOT NULL,
	"media_type" text NOT NULL,
	"extension" text NOT NULL,
	"original_name" text NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"progress" integer DEFAULT 0 NOT NULL,
	"progress_note" text,
	"result" jsonb,
	"dedupe_key" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"link" text,
	"dedupe_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "government_reports" ADD CONSTRAINT "government_reports_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_measure_forms" ADD CONSTRAINT "reporting_measure_forms_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_measure_texts" ADD CONSTRAINT "reporting_measure_texts_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_obligations" ADD CONSTRAINT "reporting_obligations_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_obligations" ADD CONSTRAINT "reporting_obligations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_obligations" ADD CONSTRAINT "reporting_obligations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_report_events" ADD CONSTRAINT "reporting_report_events_obligation_id_reporting_obligations_id_fk" FOREIGN KEY ("obligation_id") REFERENCES "public"."reporting_obligations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_report_versions" ADD CONSTRAINT "reporting_report_versions_obligation_id_reporting_obligations_id_fk" FOREIGN KEY ("obligation_id") REFERENCES "public"."reporting_obligations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "government_reports_version_idx" ON "government_reports" USING btree ("period_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_obligations_unique_idx" ON "reporting_obligations" USING btree ("period_id","measure_number","organisation_id");--> statement-breakpoint
CREATE INDEX "reporting_obligations_org_idx" ON "reporting_obligations" USING btree ("organisation_id","period_id");--> statement-breakpoint
CREATE INDEX "reporting_obligations_region_idx" ON "reporting_obligations" USING btree ("period_id","region_code");--> statement-breakpoint
CREATE INDEX "reporting_obligations_state_idx" ON "reporting_obligations" USING btree ("period_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_periods_plan_code_idx" ON "reporting_periods" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "reporting_report_events_obligation_idx" ON "reporting_report_events" USING btree ("obligation_id","at");--> statement-breakpoint
CREATE INDEX "files_owner_idx" ON "files" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE INDEX "files_sha_idx" ON "files" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("status","run_at");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_dedupe_idx" ON "jobs" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_idx" ON "notifications" USING btree ("dedupe_key");