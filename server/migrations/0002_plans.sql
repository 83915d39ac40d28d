CREATE TABLE "plan_agencies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"link_type" text NOT NULL,
	"organisation_id" uuid,
	"organisation_type" text,
	"organisation_level" text,
	"link_source" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "plan_agencies_link" CHECK (("plan_agencies"."link_type" = 'organisation') = ("plan_agencies"."organisation_id" is not null) and ("plan_agencies"."link_type" = 'organisation_type') = ("plan_agencies"."organisation_type" is not null))
);
--> statement-breakpoint
CREATE TABLE "plan_agency_current" (
	"agency_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "plan_agency_current_agency_id_organisation_id_pk" PRIMARY KEY("agency_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "plan_measure_amounts" (
	"measure_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"amount_mln" numeric(18, 4) NOT NULL,
	CONSTRAINT "plan_measure_amounts_measure_id_year_pk" PRIMARY KEY("measure_id","year")
);
--> statement-breakpoint
CREATE TABLE "plan_measure_executors" (
	"measure_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"lead" boolean NOT NULL,
	"by_agreement" boolean NOT NULL,
	CONSTRAINT "plan_measure_executors_measure_id_position_pk" PRIMARY KEY("measure_id","position")
);
--> statement-breakpoint
CREATE TABLE "plan_measure_translations" (
	"plan_id" uuid NOT NULL,
	"measure_number" integer NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"form_text" text,
	"deadline_text" text,
	"source_version" integer NOT NULL,
	"source_fingerprint" text NOT NULL,
	"translated_at" timestamp with time zone NOT NULL,
	"translated_by" uuid,
	CONSTRAINT "plan_measure_translations_plan_id_measure_number_locale_pk" PRIMARY KEY("plan_id","measure_number","locale"),
	CONSTRAINT "plan_measure_translations_locale" CHECK ("plan_measure_translations"."locale" in ('kk', 'ru', 'en'))
);
--> statement-breakpoint
CREATE TABLE "plan_measures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"section" integer,
	"title" text NOT NULL,
	"search_text" text NOT NULL,
	"form_text" text NOT NULL,
	"form_search" text NOT NULL,
	"form_reports_to" text,
	"deadline_text" text NOT NULL,
	"deadline_start" date,
	"deadline_end" date,
	"due_dates" date[] NOT NULL,
	"financing_text" text NOT NULL,
	"financing_required" boolean NOT NULL,
	"total_mln" numeric(18, 4),
	"sources" text[] NOT NULL,
	"programmes" text[] NOT NULL,
	"parsed" jsonb NOT NULL,
	"warnings" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_sections" (
	"version_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	CONSTRAINT "plan_sections_version_id_number_pk" PRIMARY KEY("version_id","number")
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"period_from" integer NOT NULL,
	"period_to" integer NOT NULL,
	"reporting_frequency" text,
	"executors_due_day" integer,
	"coordinator_due_day" integer,
	"abbreviations" jsonb NOT NULL,
	"warnings" jsonb NOT NULL,
	"source_text" text NOT NULL,
	"source_sha256" text NOT NULL,
	"source_filename" text,
	"source_bytes" integer NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" uuid
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"act_type" text NOT NULL,
	"act_issuer" text NOT NULL,
	"act_number" text NOT NULL,
	"act_date" date NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"period_from" integer NOT NULL,
	"period_to" integer NOT NULL,
	"reporting_frequency" text,
	"executors_due_day" integer,
	"coordinator_due_day" integer,
	"current_version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "plan_agencies" ADD CONSTRAINT "plan_agencies_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_agencies" ADD CONSTRAINT "plan_agencies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_agency_current" ADD CONSTRAINT "plan_agency_current_agency_id_plan_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."plan_agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_agency_current" ADD CONSTRAINT "plan_agency_current_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measure_amounts" ADD CONSTRAINT "plan_measure_amounts_measure_id_plan_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."plan_measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measure_executors" ADD CONSTRAINT "plan_measure_executors_measure_id_plan_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."plan_measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measure_translations" ADD CONSTRAINT "plan_measure_translations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measures" ADD CONSTRAINT "plan_measures_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measures" ADD CONSTRAINT "plan_measures_version_id_plan_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."plan_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_sections" ADD CONSTRAINT "plan_sections_version_id_plan_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."plan_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_agencies_plan_code_idx" ON "plan_agencies" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "plan_measure_executors_code_idx" ON "plan_measure_executors" USING btree ("code","lead");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_measures_version_number_idx" ON "plan_measures" USING btree ("version_id","number");--> statement-breakpoint
CREATE INDEX "plan_measures_plan_number_idx" ON "plan_measures" USING btree ("plan_id","number");--> statement-breakpoint
CREATE INDEX "plan_measures_section_idx" ON "plan_measures" USING btree ("version_id","section");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_plan_version_idx" ON "plan_versions" USING btree ("plan_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_act_idx" ON "plans" USING btree ("act_issuer","act_number","act_date");