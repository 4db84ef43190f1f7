ALTER TABLE "action_items" ADD COLUMN "gap_kind" varchar(16);--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "gap_level_then" integer;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "gap_expected" integer;--> statement-breakpoint
ALTER TABLE "follow_up_items" ADD COLUMN "skill_level" integer;