-- Record writes, then senders' claimFirsts, in one statement: one round trip and one commit for a
-- digest round's queued outcomes and its queued claims, which before took a transaction each (the
-- outcomes', then the claims'), so every round of senders waited for two commits.
-- The writes come first, as the separate transaction came first before: a sender's outcome is
-- durable no later than its next claim, and a claim sees the records written ahead of it (a later
-- statement of a function sees the earlier ones' effects). The writes take their row locks before
-- any claim's work lock is taken; the claims then never wait for a lock (SKIP LOCKED), as in 007.
-- dels: (sections, keys) of records deleted; puts: (sections, keys, values) upserted (disjoint).
-- Rows: those of mujaz_claim_firsts(sec, lock_sec, ops).
CREATE FUNCTION mujaz_write_claim_firsts(
  del_secs text[], del_keys text[], put_secs text[], put_keys text[], put_values jsonb[],
  sec text, lock_sec text, ops jsonb
) RETURNS TABLE (op int, kind text, i int, value jsonb) LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(del_keys) > 0 THEN
    DELETE FROM mujaz_records r USING unnest(del_secs, del_keys) AS x(section, key)
    WHERE r.section = x.section AND r.key = x.key;
  END IF;
  IF cardinality(put_keys) > 0 THEN
    INSERT INTO mujaz_records AS r (section, key, value) SELECT * FROM unnest(put_secs, put_keys, put_values)
    ON CONFLICT (section, key) DO UPDATE SET value = EXCLUDED.value, changed = nextval('mujaz_records_changes');
  END IF;
  RETURN QUERY SELECT * FROM mujaz_claim_firsts(sec, lock_sec, ops);
END
$$;
