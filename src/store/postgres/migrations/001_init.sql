-- mujaz on PostgreSQL: keyed records per section (hot state), briefings, and the search terms
-- of each briefing (folded like /search folds queries) under a prefix index.

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
  body jsonb NOT NULL
);

CREATE INDEX mujaz_briefings_newest ON mujaz_briefings ((coalesce(ingested_at, '-infinity'::timestamptz)) DESC, seq DESC);
CREATE INDEX mujaz_briefings_url ON mujaz_briefings (url);
CREATE INDEX mujaz_briefings_id_prefix ON mujaz_briefings (id text_pattern_ops);

-- field: 0 = a word of the title or body, 1 = of the title, 2 = of a person's name (or "~" and
-- the name's sound skeleton). Looked up by prefix.
CREATE TABLE mujaz_briefing_terms (
  field smallint NOT NULL,
  term text NOT NULL,
  id text NOT NULL REFERENCES mujaz_briefings (id) ON DELETE CASCADE
);

-- INCLUDE id: lookups read the index alone.
CREATE INDEX mujaz_briefing_terms_prefix ON mujaz_briefing_terms (field, term text_pattern_ops) INCLUDE (id);
CREATE INDEX mujaz_briefing_terms_id ON mujaz_briefing_terms (id);
