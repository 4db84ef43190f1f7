CREATE TABLE "action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"what" varchar(300) NOT NULL,
	"owner" varchar(16) NOT NULL,
	"due_on" date,
	"target" varchar(1000) DEFAULT '' NOT NULL,
	"status" varchar(16) DEFAULT 'open' NOT NULL,
	"progress_note" varchar(1000) DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up_items" (
	"follow_up_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"status" varchar(16) NOT NULL,
	"note" varchar(1000) DEFAULT '' NOT NULL,
	CONSTRAINT "follow_up_items_follow_up_id_item_id_pk" PRIMARY KEY("follow_up_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"note" varchar(4000) DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "history_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"viewer_id" uuid NOT NULL,
	"status" varchar(16) NOT NULL,
	"decided_at" timestamp with time zone,
	"override_by" uuid,
	"override_reason" varchar(500),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"visibility" varchar(16) NOT NULL,
	"body" varchar(4000) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_ratings" (
	"interview_id" uuid PRIMARY KEY NOT NULL,
	"rating" integer NOT NULL,
	"comment" varchar(1000) DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_records" (
	"interview_id" uuid PRIMARY KEY NOT NULL,
	"landing_point" varchar(2000) DEFAULT '' NOT NULL,
	"agenda" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"alignment" jsonb DEFAULT '{"wish":"","policy":"","growth":"","direction":""}'::jsonb NOT NULL,
	"next_interview_on" date,
	"follow_rhythm" varchar(16) DEFAULT 'none' NOT NULL,
	"held_at" timestamp with time zone,
	"plan_revision" integer DEFAULT 1 NOT NULL,
	"employee_confirmed_rev" integer,
	"interviewer_confirmed_rev" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"party" varchar(16) NOT NULL,
	"person_id" uuid NOT NULL,
	"items" jsonb NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suggestion_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" varchar(16) NOT NULL,
	"field_id" varchar(64) DEFAULT '' NOT NULL,
	"op" varchar(16) NOT NULL,
	"value" jsonb,
	"question_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_items" ADD CONSTRAINT "follow_up_items_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_items" ADD CONSTRAINT "follow_up_items_item_id_action_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."action_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_author_id_employees_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "history_consents" ADD CONSTRAINT "history_consents_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "history_consents" ADD CONSTRAINT "history_consents_viewer_id_employees_id_fk" FOREIGN KEY ("viewer_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "history_consents" ADD CONSTRAINT "history_consents_override_by_employees_id_fk" FOREIGN KEY ("override_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_notes" ADD CONSTRAINT "interview_notes_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_notes" ADD CONSTRAINT "interview_notes_author_id_employees_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_ratings" ADD CONSTRAINT "interview_ratings_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_records" ADD CONSTRAINT "interview_records_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_confirmations" ADD CONSTRAINT "plan_confirmations_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_confirmations" ADD CONSTRAINT "plan_confirmations_person_id_employees_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_rules" ADD CONSTRAINT "suggestion_rules_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_items_interview_idx" ON "action_items" USING btree ("interview_id","position");--> statement-breakpoint
CREATE INDEX "action_items_employee_idx" ON "action_items" USING btree ("employee_id","status");--> statement-breakpoint
CREATE INDEX "follow_ups_interview_idx" ON "follow_ups" USING btree ("interview_id","held_on");--> statement-breakpoint
CREATE INDEX "follow_ups_employee_idx" ON "follow_ups" USING btree ("employee_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "history_consents_uq" ON "history_consents" USING btree ("employee_id","viewer_id");--> statement-breakpoint
CREATE INDEX "history_consents_viewer_idx" ON "history_consents" USING btree ("viewer_id");--> statement-breakpoint
CREATE INDEX "interview_notes_interview_idx" ON "interview_notes" USING btree ("interview_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_confirmations_interview_idx" ON "plan_confirmations" USING btree ("interview_id","revision");