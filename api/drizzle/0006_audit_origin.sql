-- The audit log stays append-only, with one exception: forgetting where a request came from (the erasure of a
-- case, issue 14), leaving every other field as it was.
CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' AND NEW.origin IS NULL
		AND (NEW.id, NEW.trace_id, NEW.span_id, NEW.name, NEW.status_code, NEW.start_time, NEW.end_time, NEW.actor_id, NEW.actor_role, NEW.processing_activity, NEW.object_type, NEW.object_id)
			IS NOT DISTINCT FROM (OLD.id, OLD.trace_id, OLD.span_id, OLD.name, OLD.status_code, OLD.start_time, OLD.end_time, OLD.actor_id, OLD.actor_role, OLD.processing_activity, OLD.object_type, OLD.object_id)
	THEN
		RETURN NEW;
	END IF;
	RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
END;
$$;--> statement-breakpoint
-- Residents' addresses written before they were reduced to a keyed hash per day are forgotten.
UPDATE "audit_log" SET "origin" = NULL WHERE "actor_role" = 'resident' AND "origin" IS NOT NULL;
