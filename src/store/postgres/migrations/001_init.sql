-- mujaz on PostgreSQL: keyed records per section (hot state), and briefings with their
-- search text (folded like /search folds queries) under trigram indexes.
-- In public, whatever schema this instance uses: one extension serves every schema.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE TABLE mujaz_records (
  section text NOT NULL,
  key text NOT NULL,
  value jsonb NOT NULL,
  seq bigserial NOT NULL,
  PRIMARY KEY (section, key)
);

CREATE TABLE mujaz_briefings (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  parser_version integer NOT NULL,
  ingested_at timestamptz,
  url text,
  body jsonb NOT NULL,
  search_title text NOT NULL,
  search_all text NOT NULL,
  search_names text NOT NULL,
  -- sound skeletons of people's names (src/text/search-fold.ts), space-padded
  search_skel text NOT NULL
);

CREATE INDEX mujaz_briefings_newest ON mujaz_briefings ((coalesce(ingested_at, '-infinity'::timestamptz)) DESC, seq DESC);
CREATE INDEX mujaz_briefings_url ON mujaz_briefings (url);
CREATE INDEX mujaz_briefings_id_prefix ON mujaz_briefings (id text_pattern_ops);
CREATE INDEX mujaz_briefings_search_all ON mujaz_briefings USING gin (search_all public.gin_trgm_ops);
CREATE INDEX mujaz_briefings_search_names ON mujaz_briefings USING gin (search_names public.gin_trgm_ops);
