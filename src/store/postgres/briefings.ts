/**
 * Briefings in PostgreSQL: one row each (a newer parse replaces an older one), read by index
 * (newest first, by URL, by id prefix), searched through tsvectors of their folded words under
 * GIN indexes (migration 004).
 */
import type { Pool, PoolClient } from 'pg';
import type { Briefing } from '../../briefing/types.ts';
import { briefingTermsInSlices, queryCore, querySkeletons, type BriefingTerms } from '../../text/search-fold.ts';
import type { BriefingRepo, SearchCandidate } from '../types.ts';

const INGESTED = `coalesce(ingested_at, '-infinity'::timestamptz)`;
const NEWEST = `${INGESTED} DESC, seq DESC`;

/** A LIKE pattern for words starting with s. */
function prefix(s: string): string {
  return `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function isoOrNull(s: string | undefined): string | null {
  const t = Date.parse(s ?? '');
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

export class PgBriefings implements BriefingRepo {
  /** searchPool: connections for /search, which plan without sequential scans (see candidates()). */
  constructor(
    private readonly pool: Pool,
    private readonly searchPool: Pool = pool,
  ) {}

  private async bodies(sql: string, params: unknown[]): Promise<Briefing[]> {
    return (await this.pool.query<{ body: Briefing }>(sql, params)).rows.map((r) => r.body);
  }

  /** Read from the counter the database keeps with every insert and delete (migration 009), not counted. */
  async count(): Promise<number> {
    return Number((await this.pool.query<{ n: string }>('SELECT n FROM mujaz_briefing_count')).rows[0]!.n);
  }

  async get(id: string): Promise<Briefing | undefined> {
    return (await this.bodies('SELECT body FROM mujaz_briefings WHERE id = $1', [id]))[0];
  }

  async byUrl(url: string): Promise<Briefing | undefined> {
    return (await this.bodies(`SELECT body FROM mujaz_briefings WHERE url = $1 ORDER BY ${NEWEST} LIMIT 1`, [url]))[0];
  }

  newest(offset: number, limit: number): Promise<Briefing[]> {
    return this.bodies(`SELECT body FROM mujaz_briefings ORDER BY ${NEWEST} OFFSET $1 LIMIT $2`, [Math.max(0, offset), Math.max(0, limit)]);
  }

  async position(id: string): Promise<number> {
    const r = await this.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM mujaz_briefings b, (SELECT coalesce(ingested_at, '-infinity'::timestamptz) AS t, seq FROM mujaz_briefings WHERE id = $1) x
       WHERE (coalesce(b.ingested_at, '-infinity'::timestamptz), b.seq) >= (x.t, x.seq)`,
      [id],
    );
    return Number(r.rows[0]!.n);
  }

  getMany(ids: readonly string[]): Promise<Briefing[]> {
    return ids.length ? this.bodies('SELECT body FROM mujaz_briefings WHERE id = ANY($1)', [ids]) : Promise.resolve([]);
  }

  async positions(ids: readonly string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    // The ids in newest-first order; each one's position is the entries from it up to the one
    // before it, counted on the newest-first index alone, summed down the list: the index is
    // read once from the newest to the oldest id, counting, without numbering each entry
    // (which took 240 ms for an id near the end of 100k; this takes 20 ms).
    const r = await this.pool.query<{ id: string; n: string }>(
      `WITH k AS (SELECT id, newest_at, seq, lag(newest_at) OVER w AS pn, lag(seq) OVER w AS ps
                  FROM mujaz_briefing_search WHERE id = ANY($1) WINDOW w AS (ORDER BY newest_at DESC, seq DESC))
       SELECT id, sum(c) OVER (ORDER BY newest_at DESC, seq DESC) AS n
       FROM (SELECT k.id, k.newest_at, k.seq,
                    (SELECT count(*) FROM mujaz_briefing_search s
                     WHERE (s.newest_at, s.seq) >= (k.newest_at, k.seq) AND (s.newest_at, s.seq) < (coalesce(k.pn, 'infinity'::timestamptz), coalesce(k.ps, 0))) AS c
             FROM k) x`,
      [ids],
    );
    return new Map(r.rows.map((x) => [x.id, Number(x.n)]));
  }

  ingestedIn(after: string | undefined, upTo: string, limit: number): Promise<Briefing[]> {
    return this.bodies(
      `SELECT body FROM mujaz_briefings WHERE ingested_at <= $1 AND ($2::timestamptz IS NULL OR ingested_at > $2) ORDER BY ${NEWEST} LIMIT $3`,
      [upTo, after ? isoOrNull(after) : null, limit],
    );
  }

  async countIngestedIn(after: string | undefined, upTo: string): Promise<number> {
    const r = await this.pool.query<{ n: string }>(
      // (on the newest-first index's expression, so the count is a range scan of the index; an
      // undated row's -infinity is never after anything)
      `SELECT count(*) AS n FROM mujaz_briefings WHERE ${INGESTED} <= $1 AND ${INGESTED} > coalesce($2::timestamptz, '-infinity'::timestamptz)`,
      [upTo, after ? isoOrNull(after) : null],
    );
    return Number(r.rows[0]!.n);
  }

  async idsByPrefix(prefix: string, limit: number): Promise<string[]> {
    const r = await this.pool.query<{ id: string }>(`SELECT id FROM mujaz_briefings WHERE id LIKE $1 ESCAPE '\\' ORDER BY id LIMIT $2`, [
      `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      limit,
    ]);
    return r.rows.map((x) => x.id);
  }

  /** Store the briefing and, when it changed, its search row, in one transaction. */
  async put(b: Briefing): Promise<void> {
    const row = searchRow(await briefingTermsInSlices(b));
    if (!row.big) {
      // One statement (one round trip, its own transaction): the body, then its search row
      // from the number the body took; terms a former version too big for a tsvector left go.
      const r = await this.pool.query(
        `WITH b AS (INSERT INTO mujaz_briefings (id, parser_version, ingested_at, url, body) VALUES ($1, $2, $3, $4, $5)
                    ON CONFLICT (id) DO UPDATE SET parser_version = EXCLUDED.parser_version, ingested_at = EXCLUDED.ingested_at, url = EXCLUDED.url, body = EXCLUDED.body
                    WHERE mujaz_briefings.parser_version < EXCLUDED.parser_version RETURNING id, seq),
              d AS (DELETE FROM mujaz_briefing_terms t USING b WHERE t.id = b.id)
         INSERT INTO mujaz_briefing_search (id, newest_at, seq, words, title, names, big)
         SELECT b.id, coalesce($3::timestamptz, '-infinity'::timestamptz), b.seq,
                array_to_tsvector(string_to_array($6, ' ')), array_to_tsvector(string_to_array($7, ' ')), array_to_tsvector(string_to_array($8, ' ')), false
         FROM b
         ON CONFLICT (id) DO UPDATE SET newest_at = EXCLUDED.newest_at, seq = EXCLUDED.seq, words = EXCLUDED.words, title = EXCLUDED.title, names = EXCLUDED.names, big = EXCLUDED.big`,
        [...briefingParams(b), row.words.join(' '), row.title.join(' '), row.names.join(' ')],
      );
      if (r.rowCount) this.mergeSoon();
      return;
    }
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const r = await c.query<{ seq: string }>(
        `INSERT INTO mujaz_briefings (id, parser_version, ingested_at, url, body) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET parser_version = EXCLUDED.parser_version, ingested_at = EXCLUDED.ingested_at, url = EXCLUDED.url, body = EXCLUDED.body
         WHERE mujaz_briefings.parser_version < EXCLUDED.parser_version RETURNING seq`,
        briefingParams(b),
      );
      if (r.rowCount) await writeSearchRows(c, [{ id: b.id, at: isoOrNull(b.meta.ingestedAt), seq: r.rows[0]!.seq, row }]);
      await c.query('COMMIT');
      if (r.rowCount) this.mergeSoon();
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  /**
   * Many new briefings at once (bulk loads, the scale bench): multi-row inserts, a transaction
   * per chunk. Ids already stored are left as they are. Durable when it resolves.
   */
  async putMany(list: readonly Briefing[], chunk = 250): Promise<void> {
    const rowsOf = (part: readonly Briefing[]) => Promise.all(part.map(async (b) => searchRow(await briefingTermsInSlices(b))));
    let next = rowsOf(list.slice(0, chunk));
    for (let i = 0; i < list.length; i += chunk) {
      const part = list.slice(i, i + chunk);
      const rows = await next;
      // The next chunk's words are folded while the database stores this one.
      next = rowsOf(list.slice(i + chunk, i + 2 * chunk));
      const c = await this.pool.connect();
      try {
        await c.query('BEGIN');
        // The index entries of the whole load wait in the pending list and are merged at the
        // end, sorted, in one pass (much faster than merging every few hundred briefings).
        await c.query(`SET LOCAL gin_pending_list_limit = '1GB'`);
        // One parameter per value, not arrays: PostgreSQL parses an array literal of JSON bodies
        // (quotes escaped) several times slower than the same text as separate parameters.
        const r = await c.query<{ id: string; seq: string }>(
          `INSERT INTO mujaz_briefings (id, parser_version, ingested_at, url, body) VALUES ${valuesList(part.length, 5)} ON CONFLICT (id) DO NOTHING RETURNING id, seq`,
          part.flatMap(briefingParams),
        );
        const seqOf = new Map(r.rows.map((x) => [x.id, x.seq]));
        await writeSearchRows(
          c,
          part.flatMap((b, k) => (seqOf.has(b.id) ? [{ id: b.id, at: isoOrNull(b.meta.ingestedAt), seq: seqOf.get(b.id)!, row: rows[k]! }] : [])),
        );
        await c.query('COMMIT');
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        void next.catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    }
    await this.mergePending();
  }

  /** Background work (the index merge) finished; a merge waiting for its moment is run now. */
  async idle(): Promise<void> {
    if (this.mergeTimer) {
      clearTimeout(this.mergeTimer);
      this.mergeTimer = null;
      await this.mergePending();
    }
    while (this.merging) await this.merging;
  }

  private mergeTimer: NodeJS.Timeout | null = null;

  /** One merge a moment after a run of ingests, not one per ingest competing with the next. */
  private mergeSoon(): void {
    if (this.mergeTimer) return;
    this.mergeTimer = setTimeout(() => {
      this.mergeTimer = null;
      void this.mergePending();
    }, MERGE_DELAY_MS);
    this.mergeTimer.unref();
  }

  private merging: Promise<void> | null = null;
  private mergeAgain = false;

  /**
   * Move the search indexes' pending entries into the indexes proper, in the background: an
   * ingest only appends to the pending list, and /search scans that list linearly, so it is
   * kept short. One merge at a time; ingests during it ask for one more.
   */
  mergePending(): Promise<void> {
    if (this.merging) {
      this.mergeAgain = true;
      return this.merging;
    }
    this.merging = (async () => {
      do {
        this.mergeAgain = false;
        await this.pool
          .query(`SELECT gin_clean_pending_list(i::regclass) FROM unnest($1::text[]) AS i`, [SEARCH_INDEXES])
          .catch(() => undefined); // another instance merging, or the database gone: the next ingest tries again
      } while (this.mergeAgain);
      this.merging = null;
    })();
    return this.merging;
  }

  /**
   * Ranked as the interface says (every word first, then title words, then newest) without
   * reading every match: of the briefings holding every word, those with a title word (usually
   * few) and the `limit` newest; briefings found by a name only are looked for only when those
   * are fewer than `limit` (a query like "Saad al-Otaibi" names someone in most briefings).
   * Exact flags are then worked out on these few rows.
   */
  async candidates(words: readonly string[], limit: number): Promise<SearchCandidate[]> {
    if (!words.length || limit <= 0) return [];
    const cores = words.map((w) => queryCore(w));
    const q = new SearchQuery(cores, querySkeletons(words));
    // (The search pool's connections plan without sequential scans: the planner does not count
    // reading a tsvector out of line (TOAST) and would scan the table for a common word.)
    const all = await ranked(this.searchPool, q, 'words', limit, []);
    const named = all.length < limit ? await ranked(this.searchPool, q, 'names', limit - all.length, all) : [];
    const ids = [...all, ...named];
    if (!ids.length) return [];
    const p = new Params();
    const r = await this.searchPool.query<{ id: string; t: number; a: boolean; nm: boolean }>(
      `SELECT s.id, ${q.inTitle('s', p)} AS t, s.id = ANY(${p.add(all)}) AS a, s.names @@ ${p.add(q.named, '::tsquery')} AS nm
       FROM mujaz_briefing_search s WHERE s.id = ANY(${p.add(ids)})
       ORDER BY 3 DESC, t DESC, s.newest_at DESC, s.seq DESC LIMIT ${p.add(limit)}`,
      p.list,
    );
    return r.rows.map((x) => ({ id: x.id, titleWords: Number(x.t), allWords: !!x.a, named: !!x.nm }));
  }
}

/**
 * Newest rows a search first tests one by one. Testing a row reads its tsvector out of line
 * (≈ 25 µs a row, measured at 10k); a match set read through GIN costs ≈ 0.5–0.7 µs a row.
 * When the newest W rows hold `limit` matches, the matches are dense and the walk was cheaper
 * than the set; otherwise they are at most limit/W of the library, and the set is small enough
 * to read whole. The worst of both (a walk in vain, then a set of limit/W of the library) is
 * least for W ≈ √(0.75 × size) with a limit of 30: 274 rows at 100k, 87 at 10k (the size from
 * the planner's row count, not the counter of migration 009: read inside the search statement,
 * the counter made /search at 1k take 1.6 s instead of 33 ms at the median in the storage bench;
 * the walk only needs the order of magnitude).
 */
function walkSize(p: Params): string {
  return `SELECT greatest(${p.add(WALK_MIN)}::int, least(${p.add(WALK_MAX)}::int, sqrt(0.75 * greatest(reltuples, 0))::int)) FROM pg_class WHERE oid = 'mujaz_briefing_search'::regclass`;
}

/** At least twice the usual limit (or no walk could ever find them all); at most 1,000 rows (25 ms). */
const WALK_MIN = 60;
const WALK_MAX = 1000;

/** Query parameters numbered as they are added. */
class Params {
  readonly list: unknown[] = [];
  add(v: unknown, type = ''): string {
    this.list.push(v);
    return `$${this.list.length}${type}`;
  }
}

/** The tsqueries of one search, and the SQL tests built from them. */
class SearchQuery {
  readonly each: string[];
  /** Every word (prefix lexemes, AND). */
  readonly every: string;
  /** A name: any word's prefix, or a name word's sound skeleton (OR). */
  readonly named: string;
  /** Any word in the title (OR). */
  readonly anyTitle: string;

  constructor(
    readonly cores: string[],
    skeletons: string[],
  ) {
    this.each = cores.map((w) => `${lexeme(w)}:*`);
    this.every = this.each.join(' & ');
    this.named = [...this.each, ...skeletons.map((k) => lexeme(`~${k}`))].join(' | ');
    this.anyTitle = this.each.join(' | ');
  }

  /** Title words found in row `s`: an SQL sum. */
  inTitle(s: string, p: Params): string {
    return this.each.map((w) => `(${s}.title @@ ${p.add(w, '::tsquery')})::int`).join(' + ');
  }

  /** Ids of the briefings too big for a tsvector holding every word (their words are a row each, looked up by prefix). */
  bigIds(p: Params): string {
    return this.cores.map((w) => `SELECT id FROM mujaz_briefing_terms WHERE field = 0 AND term LIKE ${p.add(prefix(w))}`).join(' INTERSECT ');
  }

  /** Row `s` is in the set: holds every word (words), or may name someone matching (names). */
  test(set: 'words' | 'names', s: string, p: Params): string {
    if (set === 'names') return `${s}.names @@ ${p.add(this.named, '::tsquery')}`;
    return `(${s}.words @@ ${p.add(this.every, '::tsquery')} OR (${s}.big AND ${s}.id IN (${this.bigIds(p)})))`;
  }

  /** The set read through its GIN index (words: plus the big briefings), as (id, newest_at, seq) rows not in `except`. */
  gin(set: 'words' | 'names', p: Params, except: string): string {
    const cols = 'SELECT id, newest_at, seq FROM mujaz_briefing_search';
    if (set === 'names') return `${cols} WHERE names @@ ${p.add(this.named, '::tsquery')} AND NOT id = ANY(${except})`;
    return `${cols} WHERE words @@ ${p.add(this.every, '::tsquery')} AND NOT id = ANY(${except})
            UNION ALL ${cols} WHERE big AND id IN (${this.bigIds(p)}) AND NOT id = ANY(${except})`;
  }
}

/**
 * Ids of the rows of `set` (not in `except`) that can be among its `limit` best by title words
 * then newest: those with a title word, and the `limit` newest. Two plans, chosen by how dense
 * the set is (see walkSize).
 */
async function ranked(db: Pool, q: SearchQuery, set: 'words' | 'names', limit: number, except: readonly string[]): Promise<string[]> {
  const p = new Params();
  const ex = p.add(except);
  const lim = p.add(limit);
  // walk: the first `limit` in the set among the newest few (tested row by row, newest first).
  const walk = `walk AS MATERIALIZED (SELECT s.id FROM (SELECT id, words, names, big FROM mujaz_briefing_search ORDER BY newest_at DESC, seq DESC LIMIT (${walkSize(p)})) s
                WHERE NOT s.id = ANY(${ex}) AND ${q.test(set, 's', p)} LIMIT ${lim})`;
  // Dense when the walk found them all: it found the newest. Only one plan's part below runs;
  // the other's is cut off by its one-time condition.
  const dense = `(SELECT count(*) FROM walk) >= ${lim}`;
  // The title matches with their title word counts, from the title GIN index of each word
  // (counted per row, not by reading every row's title out of line).
  const tt = `tt AS (SELECT id, newest_at, seq, count(*) AS t FROM (${q.cores
    .map((_, i) => `SELECT id, newest_at, seq FROM mujaz_briefing_search WHERE title @@ ${p.add(q.each[i], '::tsquery')}`)
    .join(' UNION ALL ')}) x GROUP BY id, newest_at, seq)`;
  const best = 'ORDER BY t DESC, newest_at DESC, seq DESC';
  // Dense: of the title matches, the best `limit` in the set, tested in rank order (OFFSET 0
  // keeps the test from running on every one first). Each title word is one of the words, so
  // with one query word every title match holds them all.
  const one = set === 'words' && q.cores.length === 1;
  // (A scalar subquery, not EXISTS, which would become a join that loses the order.)
  const inSet = one ? '' : ` AND (SELECT ${q.test(set, 's', p)} FROM mujaz_briefing_search s WHERE s.id = x.id)`;
  const dt = `dt AS (SELECT x.id FROM (SELECT * FROM tt WHERE ${dense} ${best} OFFSET 0) x WHERE NOT x.id = ANY(${ex})${inSet} ${best} LIMIT ${lim})`;
  // Sparse: the whole set through its GIN index; of it, the best title matches (all in it with
  // one query word: no need to look them up in it) and the newest.
  const m = `m AS MATERIALIZED (SELECT * FROM (${q.gin(set, p, ex)}) g WHERE NOT ${dense})`;
  const r = await db.query<{ id: string }>(
    `WITH ${walk}, ${tt}, ${dt}, ${m},
          tm AS (SELECT id FROM tt WHERE ${one ? `NOT ${dense}` : 'id IN (SELECT id FROM m)'} ${best} LIMIT ${lim}),
          nm AS (SELECT id FROM m ORDER BY newest_at DESC, seq DESC LIMIT ${lim})
     SELECT id FROM walk WHERE ${dense} UNION SELECT id FROM dt UNION SELECT id FROM tm UNION SELECT id FROM nm`,
    p.list,
  );
  return r.rows.map((x) => x.id);
}

const MERGE_DELAY_MS = 1000;
const SEARCH_INDEXES = ['mujaz_briefing_search_words', 'mujaz_briefing_search_title', 'mujaz_briefing_search_names'];

/** What the search table keeps of a briefing (see 004_search_tsvector.sql). */
interface SearchRow {
  words: string[];
  title: string[];
  names: string[];
  /** Words too many or too long for a tsvector: kept a row each instead. */
  big: boolean;
}

/** A tsvector holds at most 1 MB of lexemes, each under 2 KB. */
const TSVECTOR_BYTES = 900_000;
const LEXEME_BYTES = 2_000;
/** Title and name words are cut to this (UTF-16 units, ≤ 1,500 bytes): prefix lookups stay a superset. */
const LEXEME_CUT = 500;

function searchRow(bt: BriefingTerms): SearchRow {
  let bytes = 0;
  let big = false;
  for (const w of bt.all) {
    const n = Buffer.byteLength(w);
    if (n > LEXEME_BYTES) big = true;
    bytes += n + 4;
  }
  if (bytes > TSVECTOR_BYTES) big = true;
  const cut = (t: string) => (t.length > LEXEME_CUT ? t.slice(0, LEXEME_CUT) : t);
  return { words: [...bt.all], title: [...new Set([...bt.title].map(cut))], names: [...new Set([...bt.names].map(cut))], big };
}

/** A quoted tsquery lexeme, taken as it is (no parser, no dictionary): the app folded it already. */
function lexeme(w: string): string {
  const cut = w.length > LEXEME_CUT ? w.slice(0, LEXEME_CUT) : w;
  return `'${cut.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** "($1, $2), ($3, $4)": `rows` tuples of `cols` parameters. */
function valuesList(rows: number, cols: number): string {
  return Array.from({ length: rows }, (_, i) => `(${Array.from({ length: cols }, (_, j) => `$${i * cols + j + 1}`).join(', ')})`).join(', ');
}

/** A briefing row's values, in mujaz_briefings column order (id, parser_version, ingested_at, url, body). */
function briefingParams(b: Briefing): unknown[] {
  return [b.id, b.parserVersion, isoOrNull(b.meta.ingestedAt), b.meta.url ?? null, JSON.stringify(b)];
}

async function writeSearchRows(c: PoolClient, rows: Array<{ id: string; at: string | null; seq: string; row: SearchRow }>): Promise<void> {
  if (!rows.length) return;
  const ids = rows.map((r) => r.id);
  await c.query('DELETE FROM mujaz_briefing_terms WHERE id = ANY($1)', [ids]);
  // One row per briefing; each list of folded words travels as one space-separated parameter
  // (folded words hold only letters, digits and "~": never a space), split back by the server.
  await c.query(
    `INSERT INTO mujaz_briefing_search (id, newest_at, seq, words, title, names, big)
     SELECT x.id, coalesce(x.at::timestamptz, '-infinity'::timestamptz), x.seq::bigint,
            CASE WHEN x.big::boolean THEN ''::tsvector ELSE array_to_tsvector(string_to_array(x.w, ' ')) END,
            array_to_tsvector(string_to_array(x.ti, ' ')), array_to_tsvector(string_to_array(x.nm, ' ')), x.big::boolean
     FROM (VALUES ${valuesList(rows.length, 7)}) AS x(id, at, seq, w, ti, nm, big)
     ON CONFLICT (id) DO UPDATE SET newest_at = EXCLUDED.newest_at, seq = EXCLUDED.seq, words = EXCLUDED.words, title = EXCLUDED.title, names = EXCLUDED.names, big = EXCLUDED.big`,
    rows.flatMap((r) => [r.id, r.at, r.seq, r.row.big ? '' : r.row.words.join(' '), r.row.title.join(' '), r.row.names.join(' '), r.row.big]),
  );
  const big = rows.filter((r) => r.row.big);
  if (big.length)
    await c.query('INSERT INTO mujaz_briefing_terms (field, term, id) SELECT 0, t.term, t.id FROM unnest($1::text[], $2::text[]) AS t(term, id)', [
      big.flatMap((r) => r.row.words),
      big.flatMap((r) => r.row.words.map(() => r.id)),
    ]);
}
