CREATE TABLE "import_journal" (
	"run_id" uuid NOT NULL,
	"chunk" integer NOT NULL,
	"created" uuid[] NOT NULL,
	"before" jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_journal_run_id_chunk_pk" PRIMARY KEY("run_id","chunk")
);
