-- Several senders' claimFirsts in one statement, hence one round trip and (alone) one commit.
-- Each op, in order (a later op sees the earlier ones' claims), walks its candidates: one already
-- held is reported with its record and passed over; one whose lock record another transaction
-- holds (SKIP LOCKED: never waited for) or that has none is passed over; the first that can be
-- locked is claimed, unless it was claimed meanwhile without the lock (a /digest command: passed
-- over). Candidates after the one claimed are not looked at.
-- Sent as a set-based statement each, their parsing and planning was most of a fan-out's time;
-- here every step is a primary-key lookup whose plan is prepared once per connection (a set-based
-- plan, made while the table's statistics still described it nearly empty, walked a whole
-- section's index per claim and grew slower with every claim until the next ANALYZE).
-- ops: [{"c": [{"key", "lock_key", "value", "replace": [statuses the claim may replace]}...]}]
-- Rows: (op, 'held', i, record) for each held candidate looked at; (op, 'took', i, NULL) for the
-- one claimed; i counts the op's candidates from 0.
CREATE FUNCTION mujaz_claim_firsts(sec text, lock_sec text, ops jsonb)
RETURNS TABLE (op int, kind text, i int, value jsonb) LANGUAGE plpgsql AS $$
DECLARE
  k int;
  j int;
  c jsonb;
  rep text[];
  cur jsonb;
BEGIN
  FOR k IN 0 .. jsonb_array_length(ops) - 1 LOOP
    FOR j IN 0 .. jsonb_array_length(ops->k->'c') - 1 LOOP
      c := ops->k->'c'->j;
      rep := ARRAY(SELECT jsonb_array_elements_text(c->'replace'));
      SELECT d.value INTO cur FROM mujaz_records d WHERE d.section = sec AND d.key = c->>'key';
      IF FOUND AND NOT coalesce(cur->>'status' = ANY(rep), false) THEN
        RETURN QUERY SELECT k, 'held'::text, j, cur;
        CONTINUE;
      END IF;
      PERFORM 1 FROM mujaz_records s WHERE s.section = lock_sec AND s.key = c->>'lock_key' FOR UPDATE SKIP LOCKED;
      CONTINUE WHEN NOT FOUND;
      INSERT INTO mujaz_records AS r (section, key, value) VALUES (sec, c->>'key', c->'value')
      ON CONFLICT (section, key) DO UPDATE SET value = EXCLUDED.value, changed = nextval('mujaz_records_changes')
      WHERE r.value->>'status' = ANY(rep);
      IF FOUND THEN
        RETURN QUERY SELECT k, 'took'::text, j, NULL::jsonb;
        EXIT;
      END IF;
    END LOOP;
  END LOOP;
END
$$;
