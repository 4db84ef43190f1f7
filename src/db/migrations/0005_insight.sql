CREATE TABLE "career_wishes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"desired_role" varchar(200) DEFAULT '' NOT NULL,
	"desired_department_id" uuid,
	"track" varchar(16) DEFAULT 'undecided' NOT NULL,
	"timeframe" varchar(16) NOT NULL,
	"relocation" varchar(16) DEFAULT 'depends' NOT NULL,
	"note" varchar(2000) DEFAULT '' NOT NULL,
	"disclosure" varchar(16) NOT NULL,
	"status" varchar(16) DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "department_moves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"from_department_id" uuid,
	"to_department_id" uuid,
	"moved_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "export_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" varchar(32) NOT NULL,
	"params" jsonb NOT NULL,
	"title" jsonb,
	"status" varchar(16) DEFAULT 'queued' NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"file_name" varchar(200),
	"content_type" varchar(100),
	"file" "bytea",
	"size" bigint,
	"error" varchar(300),
	"requested_by" uuid NOT NULL,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" varchar(16) NOT NULL,
	"title" varchar(200) NOT NULL,
	"department_id" uuid,
	"description" varchar(4000) DEFAULT '' NOT NULL,
	"required_skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"track" varchar(16) DEFAULT 'undecided' NOT NULL,
	"status" varchar(16) DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"action" varchar(16) NOT NULL,
	"note" varchar(1000) DEFAULT '' NOT NULL,
	"actor_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wish_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wish_id" uuid NOT NULL,
	"decision" varchar(16) NOT NULL,
	"position_id" uuid,
	"message" varchar(1000) DEFAULT '' NOT NULL,
	"note" varchar(1000) DEFAULT '' NOT NULL,
	"decided_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "employees" ADD COLUMN "last_interview_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "career_wishes" ADD CONSTRAINT "career_wishes_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_wishes" ADD CONSTRAINT "career_wishes_desired_department_id_departments_id_fk" FOREIGN KEY ("desired_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_moves" ADD CONSTRAINT "department_moves_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_moves" ADD CONSTRAINT "department_moves_from_department_id_departments_id_fk" FOREIGN KEY ("from_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_moves" ADD CONSTRAINT "department_moves_to_department_id_departments_id_fk" FOREIGN KEY ("to_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "export_jobs" ADD CONSTRAINT "export_jobs_requested_by_employees_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_actions" ADD CONSTRAINT "risk_actions_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_actions" ADD CONSTRAINT "risk_actions_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_actions" ADD CONSTRAINT "risk_actions_actor_id_employees_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wish_decisions" ADD CONSTRAINT "wish_decisions_wish_id_career_wishes_id_fk" FOREIGN KEY ("wish_id") REFERENCES "public"."career_wishes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wish_decisions" ADD CONSTRAINT "wish_decisions_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wish_decisions" ADD CONSTRAINT "wish_decisions_decided_by_employees_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "career_wishes_employee_idx" ON "career_wishes" USING btree ("employee_id","status");--> statement-breakpoint
CREATE INDEX "career_wishes_status_idx" ON "career_wishes" USING btree ("status","desired_department_id");--> statement-breakpoint
CREATE INDEX "department_moves_moved_idx" ON "department_moves" USING btree ("moved_on");--> statement-breakpoint
CREATE INDEX "department_moves_employee_idx" ON "department_moves" USING btree ("employee_id","moved_on");--> statement-breakpoint
CREATE INDEX "export_jobs_requester_idx" ON "export_jobs" USING btree ("requested_by","created_at");--> statement-breakpoint
CREATE INDEX "positions_status_idx" ON "positions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "risk_actions_round_idx" ON "risk_actions" USING btree ("round_id","employee_id");--> statement-breakpoint
CREATE INDEX "wish_decisions_wish_idx" ON "wish_decisions" USING btree ("wish_id","created_at");--> statement-breakpoint
CREATE INDEX "employees_status_last_interview_idx" ON "employees" USING btree ("status","last_interview_at");--> statement-breakpoint
UPDATE "employees" e SET "last_interview_at" = r.held FROM (SELECT i."employee_id", max(ir."held_at") AS held FROM "interviews" i JOIN "interview_records" ir ON ir."interview_id" = i."id" WHERE ir."held_at" IS NOT NULL GROUP BY i."employee_id") r WHERE r."employee_id" = e."id";
--> statement-breakpoint
CREATE FUNCTION "record_department_move"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Every path that changes a department (screen, CSV import, CLI) leaves a move behind: outcomes count them.
  INSERT INTO "department_moves" ("employee_id", "from_department_id", "to_department_id", "moved_on")
  VALUES (NEW."id", OLD."department_id", NEW."department_id", current_date);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "employees_department_move" AFTER UPDATE OF "department_id" ON "employees"
  FOR EACH ROW WHEN (OLD."department_id" IS DISTINCT FROM NEW."department_id") EXECUTE FUNCTION "record_department_move"();
