CREATE TABLE "insight_snapshots" (
	"key" varchar(200) PRIMARY KEY NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"data" jsonb NOT NULL
);
