ALTER TABLE "insight_snapshots" ADD COLUMN "changes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "insight_snapshots" ADD COLUMN "counted" integer DEFAULT 0 NOT NULL;