CREATE TABLE "round_progress_snapshots" (
	"round_id" uuid PRIMARY KEY NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "sort_key" varchar(140) DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "round_progress_snapshots" ADD CONSTRAINT "round_progress_snapshots_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interviews_round_sort_idx" ON "interviews" USING btree ("round_id","sort_key","id");