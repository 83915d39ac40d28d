CREATE INDEX "persons_surname_key_prefix_idx" ON "persons" USING btree ("surname_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "persons_given_name_key_prefix_idx" ON "persons" USING btree ("given_name_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "persons_iin_prefix_idx" ON "persons" USING btree ("iin" text_pattern_ops);