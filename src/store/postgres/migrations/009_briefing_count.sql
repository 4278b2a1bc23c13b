-- The library's size, kept by the database in the same transaction as each insert and delete of a
-- briefing: /briefings and /use read it on every command, and count(*) walked the whole table
-- (30 ms at 100k). Exact for every instance on the database, whoever writes (put, putMany, an
-- operator's DELETE); a rolled-back insert never counted. One row: an ingest's transaction holds
-- it from its insert to its commit, so concurrent ingests commit one after the other (a few a
-- minute; a bulk load's chunk holds it while it writes its search rows).
CREATE TABLE mujaz_briefing_count (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  n bigint NOT NULL
);

-- Statement triggers with transition tables: one update per statement (a bulk load's chunk of
-- 250 rows is one), and only the rows really inserted (an INSERT ... ON CONFLICT DO UPDATE that
-- replaced a row with a newer parse puts it in the UPDATE transition table, not this one).
-- The counter is named in the schema of the table that fired (TG_TABLE_SCHEMA), not looked up
-- on the session's search_path: a session that names the schema (the storage bench's DELETE, an
-- operator's psql) has another search_path, where the counter is not.
-- One function for both: the rows a statement really inserted (+) or deleted (-), read from the
-- transition table both triggers name "changed".
CREATE FUNCTION mujaz_briefings_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE k bigint;
BEGIN
  SELECT count(*) INTO k FROM changed;
  IF k > 0 THEN
    EXECUTE format('UPDATE %I.mujaz_briefing_count SET n = n + $1', TG_TABLE_SCHEMA)
      USING CASE TG_OP WHEN 'DELETE' THEN -k ELSE k END;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION mujaz_briefings_emptied() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('UPDATE %I.mujaz_briefing_count SET n = 0', TG_TABLE_SCHEMA);
  RETURN NULL;
END
$$;

-- The triggers first: CREATE TRIGGER waits for inserts in progress and holds new ones off until
-- this migration commits, so the count below sees every row and no row is counted twice.
CREATE TRIGGER mujaz_briefings_added AFTER INSERT ON mujaz_briefings REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION mujaz_briefings_counted();
CREATE TRIGGER mujaz_briefings_removed AFTER DELETE ON mujaz_briefings REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION mujaz_briefings_counted();
CREATE TRIGGER mujaz_briefings_emptied AFTER TRUNCATE ON mujaz_briefings
  FOR EACH STATEMENT EXECUTE FUNCTION mujaz_briefings_emptied();

INSERT INTO mujaz_briefing_count (n) SELECT count(*) FROM mujaz_briefings;
