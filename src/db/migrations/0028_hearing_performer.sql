ALTER TABLE "hearing_requests" ADD COLUMN "performer_id" uuid;--> statement-breakpoint
ALTER TABLE "hearing_requests" ADD CONSTRAINT "hearing_requests_performer_id_employees_id_fk" FOREIGN KEY ("performer_id") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hearing_requests_performer_idx" ON "hearing_requests" USING btree ("performer_id");--> statement-breakpoint
-- The high performer was a typed name (field performerName): an erasure could not find it. It is now a picked person
-- (performer_id). Typed names are dropped from the answers, and the field from the hearing sheet's versions, so no
-- name stays behind where no erasure looks (decision 0026).
UPDATE "hearing_requests" SET "answers" = "answers" - 'performerName' WHERE "answers" ? 'performerName';--> statement-breakpoint
UPDATE "form_template_versions" v SET "definition" = jsonb_set(v."definition", '{sections}', (
  SELECT coalesce(jsonb_agg(
    jsonb_set(s, '{fields}', coalesce((
      SELECT jsonb_agg(f ORDER BY fi) FROM jsonb_array_elements(s->'fields') WITH ORDINALITY AS ff(f, fi) WHERE f->>'id' <> 'performerName'
    ), '[]'::jsonb)) ORDER BY si), '[]'::jsonb)
  FROM jsonb_array_elements(v."definition"->'sections') WITH ORDINALITY AS ss(s, si)
))
FROM "form_templates" t
WHERE t."id" = v."template_id" AND t."kind" = 'hearing' AND v."definition"::text LIKE '%"performerName"%';
