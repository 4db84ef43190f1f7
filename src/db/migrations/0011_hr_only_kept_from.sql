ALTER TABLE "career_wishes" ADD COLUMN "kept_from" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "kept_from" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
-- Items already 人事のみ stay hidden from the manager and interviewer they have now: the best record there is of who the employee meant.
UPDATE "interviews" i SET "kept_from" = array_remove(ARRAY[e."manager_id", i."interviewer_id"], NULL)
  FROM "employees" e
  WHERE e."id" = i."employee_id"
    AND EXISTS (SELECT 1 FROM "form_responses" r JOIN "form_answers" a ON a."response_id" = r."id" WHERE r."interview_id" = i."id" AND a."hr_only");--> statement-breakpoint
UPDATE "career_wishes" w SET "kept_from" = ARRAY[e."manager_id"]
  FROM "employees" e
  WHERE e."id" = w."employee_id" AND w."disclosure" = 'hr_only' AND e."manager_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "interviews_kept_from_idx" ON "interviews" USING gin ("kept_from");
