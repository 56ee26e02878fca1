CREATE TABLE "municipalities" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"retention_months" integer DEFAULT 12 NOT NULL,
	"settings" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" text PRIMARY KEY NOT NULL,
	"municipality_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"allowed_origins" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partners_key_unique" UNIQUE("key"),
	CONSTRAINT "partners_kind_check" CHECK ("partners"."kind" in ('municipality', 'care-provider', 'neighbourhood-team', 'other'))
);
--> statement-breakpoint
CREATE TABLE "concerns" (
	"id" text PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"municipality_id" text NOT NULL,
	"partner_id" text,
	"channel" text NOT NULL,
	"domain" text NOT NULL,
	"kinds" text[] NOT NULL,
	"wish" text NOT NULL,
	"decision_date" date,
	"on_behalf_of" boolean NOT NULL,
	"locale" text NOT NULL,
	"contact_mode" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"follow_up_hash" text NOT NULL,
	"first_contact_by" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "concerns_reference_unique" UNIQUE("reference"),
	CONSTRAINT "concerns_channel_check" CHECK ("concerns"."channel" in ('widget', 'phone', 'walk-in', 'email', 'letter')),
	CONSTRAINT "concerns_domain_check" CHECK ("concerns"."domain" in ('wmo', 'youth', 'income', 'debt', 'school-transport', 'shelter', 'benefits-recovery', 'other')),
	CONSTRAINT "concerns_kinds_check" CHECK ("concerns"."kinds" <@ array['decision-process', 'agreements', 'information', 'treatment', 'wrong-information', 'other']::text[]),
	CONSTRAINT "concerns_wish_check" CHECK ("concerns"."wish" in ('listen', 'support', 'mediation', 'unsure')),
	CONSTRAINT "concerns_locale_check" CHECK ("concerns"."locale" in ('nl', 'en')),
	CONSTRAINT "concerns_contact_mode_check" CHECK ("concerns"."contact_mode" in ('none', 'email', 'phone')),
	CONSTRAINT "concerns_status_check" CHECK ("concerns"."status" in ('new', 'in-progress', 'waiting-resident', 'waiting-organisation', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "concern_contacts" (
	"concern_id" text PRIMARY KEY NOT NULL,
	"details_cipher" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"concern_id" text NOT NULL,
	"sender" text NOT NULL,
	"body_cipher" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_texts" (
	"concern_id" text PRIMARY KEY NOT NULL,
	"description_cipher" text NOT NULL,
	"organisation_cipher" text
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"request_hash" text NOT NULL,
	"concern_id" text NOT NULL,
	"response_cipher" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_contacts" ADD CONSTRAINT "concern_contacts_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_messages" ADD CONSTRAINT "concern_messages_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_texts" ADD CONSTRAINT "concern_texts_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concerns_created_at_idx" ON "concerns" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "concerns_municipality_status_idx" ON "concerns" USING btree ("municipality_id","status");--> statement-breakpoint
CREATE INDEX "concern_messages_concern_idx" ON "concern_messages" USING btree ("concern_id","created_at");