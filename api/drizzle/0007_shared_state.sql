CREATE TABLE "job_leases" (
	"job" text PRIMARY KEY NOT NULL,
	"owner" text,
	"expires_at" timestamp with time zone NOT NULL,
	"done_period" text
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"job" text NOT NULL,
	"owner" text NOT NULL,
	"period" text,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"result" text NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "publication_files" (
	"version" bigint NOT NULL,
	"name" text NOT NULL,
	"modified_at" timestamp with time zone NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "publication_files_version_name_pk" PRIMARY KEY("version","name")
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"version" bigserial PRIMARY KEY NOT NULL,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "publication_files" ADD CONSTRAINT "publication_files_version_publications_version_fk" FOREIGN KEY ("version") REFERENCES "public"."publications"("version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_runs_job_started_idx" ON "job_runs" USING btree ("job","started_at");--> statement-breakpoint
CREATE INDEX "rate_limits_window_start_idx" ON "rate_limits" USING btree ("window_start");