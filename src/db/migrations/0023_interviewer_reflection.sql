CREATE TABLE "interview_reflections" (
	"interview_id" uuid PRIMARY KEY NOT NULL,
	"interviewer_id" uuid NOT NULL,
	"period" varchar(8) NOT NULL,
	"listen" integer NOT NULL,
	"strengths" integer NOT NULL,
	"support" integer NOT NULL,
	"follow_up" integer NOT NULL,
	"comment" varchar(1000) DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reflection_periods" (
	"period" varchar(8) PRIMARY KEY NOT NULL,
	"figures" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interview_reflections" ADD CONSTRAINT "interview_reflections_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_reflections" ADD CONSTRAINT "interview_reflections_interviewer_id_employees_id_fk" FOREIGN KEY ("interviewer_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_reflections_period_idx" ON "interview_reflections" USING btree ("period","interviewer_id");