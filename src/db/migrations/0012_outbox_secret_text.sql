ALTER TABLE "mail_outbox" ADD COLUMN "secret_text" text;--> statement-breakpoint
-- Reset links already in the outbox leave what admins read; an undelivered one keeps its full text for delivery.
UPDATE "mail_outbox" SET
  "secret_text" = CASE WHEN "status" = 'sent' THEN NULL ELSE "body_text" END,
  "body_text" = regexp_replace("body_text", '([?&]token=)[A-Za-z0-9_-]+', '\1********', 'g')
  WHERE "body_text" ~ '[?&]token=';
