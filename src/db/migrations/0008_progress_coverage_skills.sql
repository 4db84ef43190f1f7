ALTER TABLE "round_progress_snapshots" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "round_progress_snapshots" CASCADE;--> statement-breakpoint
DROP INDEX "employees_status_last_interview_idx";--> statement-breakpoint
CREATE INDEX "employee_skills_name_idx" ON "employee_skills" USING btree ("name_key","employee_id","level");--> statement-breakpoint
CREATE INDEX "employees_status_last_interview_idx" ON "employees" USING btree ("status","last_interview_at" NULLS FIRST,"id");