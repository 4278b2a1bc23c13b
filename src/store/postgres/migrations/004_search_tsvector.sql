-- /search through the database's own index: each briefing's folded words (computed in the app
-- exactly as /search folds queries: src/text/search-fold.ts) kept as tsvectors under GIN indexes,
-- queried with prefix lexemes ('word':*). A side table, so scanning for ids never detoasts bodies;
-- it also carries the newest-first key, so ranking candidates never joins the briefings.
-- The word-per-row table stays only for a briefing whose words do not fit a tsvector (1 MB).
CREATE TABLE mujaz_briefing_search (
  id text PRIMARY KEY REFERENCES mujaz_briefings (id) ON DELETE CASCADE,
  newest_at timestamptz NOT NULL,
  seq bigint NOT NULL,
  words tsvector NOT NULL,
  title tsvector NOT NULL,
  names tsvector NOT NULL,
  -- words too many (or too long) for a tsvector: they are in mujaz_briefing_terms (field 0)
  big boolean NOT NULL DEFAULT false
) WITH (toast_tuple_target = 128);
-- (toast_tuple_target: the tsvectors live out of line, so the rows a search walks stay narrow.)

-- GIN's pending list (fastupdate) makes an insert cheap; the app merges the list in the
-- background after ingests (gin_clean_pending_list), so no ingest waits for a merge.
CREATE INDEX mujaz_briefing_search_words ON mujaz_briefing_search USING gin (words);
CREATE INDEX mujaz_briefing_search_title ON mujaz_briefing_search USING gin (title);
-- Positions in the newest-first list, counted from the index alone.
CREATE INDEX mujaz_briefing_search_newest ON mujaz_briefing_search (newest_at DESC, seq DESC) INCLUDE (id);
CREATE INDEX mujaz_briefing_search_names ON mujaz_briefing_search USING gin (names);

WITH t AS (
  SELECT id,
         array_agg(term) FILTER (WHERE field = 0) AS w,
         array_agg(left(term, 500)) FILTER (WHERE field = 1) AS ti,
         array_agg(left(term, 500)) FILTER (WHERE field = 2) AS nm,
         coalesce(sum(octet_length(term) + 4) FILTER (WHERE field = 0), 0) > 900000
           OR coalesce(max(octet_length(term)) FILTER (WHERE field = 0), 0) > 2000 AS big
  FROM mujaz_briefing_terms GROUP BY id
)
INSERT INTO mujaz_briefing_search (id, newest_at, seq, words, title, names, big)
SELECT b.id, coalesce(b.ingested_at, '-infinity'::timestamptz), b.seq,
       CASE WHEN coalesce(t.big, false) THEN ''::tsvector ELSE array_to_tsvector(coalesce(t.w, '{}')) END,
       array_to_tsvector(coalesce(t.ti, '{}')), array_to_tsvector(coalesce(t.nm, '{}')), coalesce(t.big, false)
FROM mujaz_briefings b LEFT JOIN t USING (id);

DELETE FROM mujaz_briefing_terms t WHERE t.field <> 0 OR NOT EXISTS (SELECT 1 FROM mujaz_briefing_search s WHERE s.id = t.id AND s.big);
ANALYZE mujaz_briefing_search;
