CREATE TABLE "case_name_keys" (
	"case_id" uuid NOT NULL,
	"district_code" text,
	"region_code" text,
	"key" text NOT NULL,
	CONSTRAINT "case_name_keys_case_id_key_pk" PRIMARY KEY("case_id","key")
);
--> statement-breakpoint
ALTER TABLE "case_name_keys" ADD CONSTRAINT "case_name_keys_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_name_keys_district_idx" ON "case_name_keys" USING btree ("district_code","key" text_pattern_ops,"case_id");--> statement-breakpoint
CREATE INDEX "case_name_keys_region_idx" ON "case_name_keys" USING btree ("region_code","key" text_pattern_ops,"case_id");