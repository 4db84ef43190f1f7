ALTER TABLE "employees" ADD COLUMN "data_removed" varchar(16);--> statement-breakpoint
ALTER TABLE "employees" ADD COLUMN "data_removed_at" timestamp with time zone;