DROP INDEX "interviews_employee_idx";--> statement-breakpoint
CREATE INDEX "interviews_employee_idx" ON "interviews" USING btree ("employee_id","round_id");