CREATE TABLE "recovery_codes" (
	"user_id" text NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "recovery_codes_user_id_code_hash_pk" PRIMARY KEY("user_id","code_hash")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"absolute_expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"municipality_ids" text[] DEFAULT '{}' NOT NULL,
	"password_hash" text,
	"totp_secret_cipher" text,
	"totp_pending_cipher" text,
	"totp_last_step" bigint,
	"setup_token_hash" text,
	"setup_expires_at" timestamp with time zone,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_at" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"activated_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_setup_token_hash_unique" UNIQUE("setup_token_hash"),
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('confidant', 'administrator', 'council'))
);
--> statement-breakpoint
CREATE TABLE "concern_events" (
	"id" text PRIMARY KEY NOT NULL,
	"concern_id" text NOT NULL,
	"type" text NOT NULL,
	"actor_id" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"text_cipher" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "concern_events_type_check" CHECK ("concern_events"."type" in ('created', 'status', 'reopened', 'assigned', 'note', 'contact', 'time', 'consent', 'message', 'erased'))
);
--> statement-breakpoint
CREATE TABLE "signals" (
	"id" text PRIMARY KEY NOT NULL,
	"municipality_id" text NOT NULL,
	"concern_id" text,
	"domain" text NOT NULL,
	"theme" text NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"response" text,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"shared_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"improved_at" timestamp with time zone,
	CONSTRAINT "signals_domain_check" CHECK ("signals"."domain" in ('wmo', 'youth', 'income', 'debt', 'school-transport', 'shelter', 'benefits-recovery', 'other')),
	CONSTRAINT "signals_status_check" CHECK ("signals"."status" in ('new', 'shared', 'answered', 'improved'))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"trace_id" text NOT NULL,
	"span_id" text NOT NULL,
	"name" text NOT NULL,
	"status_code" text NOT NULL,
	"start_time" timestamp with time zone NOT NULL,
	"end_time" timestamp with time zone NOT NULL,
	"actor_id" text,
	"actor_role" text NOT NULL,
	"processing_activity" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text,
	"origin" text
);
--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "assignee_id" text;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "support_given" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "first_contact_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "concern_messages" ADD COLUMN "author_id" text;--> statement-breakpoint
ALTER TABLE "concern_messages" ADD COLUMN "read_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "concern_events_concern_idx" ON "concern_events" USING btree ("concern_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_object_idx" ON "audit_log" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "audit_log_start_idx" ON "audit_log" USING btree ("start_time");--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_messages" ADD CONSTRAINT "concern_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_support_given_check" CHECK ("concerns"."support_given" <@ array['listening', 'advice', 'practical', 'mediation', 'referral']::text[]);--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_outcome_check" CHECK ("concerns"."outcome" in ('resolved', 'partly-resolved', 'formal-complaint', 'objection', 'withdrawn', 'not-resolved'));--> statement-breakpoint
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "audit_log_no_update_or_delete" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
