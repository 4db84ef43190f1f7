ALTER TABLE "mail_outbox" ADD COLUMN "ics_method" varchar(8);--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "ics_content" text;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;