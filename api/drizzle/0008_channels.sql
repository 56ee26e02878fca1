ALTER TABLE "concerns" DROP CONSTRAINT "concerns_channel_check";--> statement-breakpoint
-- The widget's concerns before it said how it was shown: inline is its default form.
UPDATE "concerns" SET "channel" = 'widget-inline' WHERE "channel" = 'widget';--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_channel_check" CHECK ("concerns"."channel" in ('widget-inline', 'widget-launcher', 'no-script', 'poster', 'phone', 'walk-in', 'email', 'letter', 'own'));
