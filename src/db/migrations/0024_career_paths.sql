CREATE TABLE "career_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	"from_role_id" uuid,
	"term" varchar(8) NOT NULL,
	"status" varchar(16) DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "career_paths" (
	"from_role_id" uuid NOT NULL,
	"to_role_id" uuid NOT NULL,
	CONSTRAINT "career_paths_from_role_id_to_role_id_pk" PRIMARY KEY("from_role_id","to_role_id")
);
--> statement-breakpoint
CREATE TABLE "career_role_skills" (
	"role_id" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"name_key" varchar(100) NOT NULL,
	"level" integer NOT NULL,
	CONSTRAINT "career_role_skills_role_id_name_key_pk" PRIMARY KEY("role_id","name_key")
);
--> statement-breakpoint
CREATE TABLE "career_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"family_code" varchar(32) NOT NULL,
	"family_name" varchar(100) NOT NULL,
	"code" varchar(32) NOT NULL,
	"name" varchar(100) NOT NULL,
	"track" varchar(16) NOT NULL,
	"grade" varchar(32) NOT NULL,
	"level" integer NOT NULL,
	"department_codes" varchar(500) DEFAULT '' NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "career_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "career_versions_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "career_role_code" varchar(32);--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "gap_skill" varchar(100);--> statement-breakpoint
ALTER TABLE "career_goals" ADD CONSTRAINT "career_goals_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_goals" ADD CONSTRAINT "career_goals_role_id_career_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."career_roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_goals" ADD CONSTRAINT "career_goals_from_role_id_career_roles_id_fk" FOREIGN KEY ("from_role_id") REFERENCES "public"."career_roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_paths" ADD CONSTRAINT "career_paths_from_role_id_career_roles_id_fk" FOREIGN KEY ("from_role_id") REFERENCES "public"."career_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_paths" ADD CONSTRAINT "career_paths_to_role_id_career_roles_id_fk" FOREIGN KEY ("to_role_id") REFERENCES "public"."career_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_role_skills" ADD CONSTRAINT "career_role_skills_role_id_career_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."career_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_roles" ADD CONSTRAINT "career_roles_version_id_career_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."career_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_versions" ADD CONSTRAINT "career_versions_created_by_employees_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "career_goals_active_uq" ON "career_goals" USING btree ("employee_id") WHERE "career_goals"."status" = 'active';--> statement-breakpoint
CREATE INDEX "career_goals_role_idx" ON "career_goals" USING btree ("role_id");--> statement-breakpoint
CREATE UNIQUE INDEX "career_roles_code_uq" ON "career_roles" USING btree ("version_id","code");