/**
 * Briefings in PostgreSQL: one row each (a newer parse replaces an older one), read by index
 * (newest first, by URL, by id prefix), searched through a table of their folded words (an
 * inverted index the database keeps under a prefix index).
 */
import type { Pool } from 'pg';
import type { Briefing } from '../../briefing/types.ts';
import { briefingTermsInSlices, queryCore, querySkeletons } from '../../text/search-fold.ts';
import type { BriefingRepo, SearchCandidate } from '../types.ts';

const NEWEST = `coalesce(ingested_at, '-infinity'::timestamptz) DESC, seq DESC`;

/** A LIKE pattern for words starting with s. */
function prefix(s: string): string {
  return `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function isoOrNull(s: string | undefined): string | null {
  const t = Date.parse(s ?? '');
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

export class PgBriefings implements BriefingRepo {
  constructor(private readonly pool: Pool) {}

  private async bodies(sql: string, params: unknown[]): Promise<Briefing[]> {
    return (await this.pool.query<{ body: Briefing }>(sql, params)).rows.map((r) => r.body);
  }

  async count(): Promise<number> {
    return Number((await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM mujaz_briefings')).rows[0]!.n);
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
    // One pass over the newest-first index numbers them all (cheaper than a count per id).
    const r = await this.pool.query<{ id: string; n: string }>(
      `SELECT id, n FROM (SELECT id, row_number() OVER (ORDER BY ${NEWEST}) AS n FROM mujaz_briefings) x WHERE id = ANY($1)`,
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

  async idsByPrefix(prefix: string, limit: number): Promise<string[]> {
    const r = await this.pool.query<{ id: string }>(`SELECT id FROM mujaz_briefings WHERE id LIKE $1 ESCAPE '\\' ORDER BY id LIMIT $2`, [
      `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      limit,
    ]);
    return r.rows.map((x) => x.id);
  }

  /** Store the briefing and, when it changed, its search terms, in one transaction. */
  async put(b: Briefing): Promise<void> {
    const bt = await briefingTermsInSlices(b);
    const terms: Array<[number, string]> = [...[...bt.all].map((w) => [0, w] as [number, string]), ...[...bt.title].map((w) => [1, w] as [number, string]), ...[...bt.names].map((w) => [2, w] as [number, string])];
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const r = await c.query(
        `INSERT INTO mujaz_briefings (id, parser_version, ingested_at, url, body) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET parser_version = EXCLUDED.parser_version, ingested_at = EXCLUDED.ingested_at, url = EXCLUDED.url, body = EXCLUDED.body
         WHERE mujaz_briefings.parser_version < EXCLUDED.parser_version RETURNING id`,
        [b.id, b.parserVersion, isoOrNull(b.meta.ingestedAt), b.meta.url ?? null, JSON.stringify(b)],
      );
      if (r.rowCount) {
        await c.query('DELETE FROM mujaz_briefing_terms WHERE id = $1', [b.id]);
        await c.query('INSERT INTO mujaz_briefing_terms (field, term, id) SELECT unnest($1::smallint[]), unnest($2::text[]), $3', [
          terms.map((x) => x[0]),
          terms.map((x) => x[1]),
          b.id,
        ]);
      }
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  async candidates(words: readonly string[], limit: number): Promise<SearchCandidate[]> {
    if (!words.length) return [];
    const pats = words.map((w) => prefix(queryCore(w)));
    const skels = querySkeletons(words).map((k) => `~${k}`);
    const p = (i: number) => `$${i + 1}`;
    const every = pats.map((_, i) => `SELECT id FROM mujaz_briefing_terms WHERE field = 0 AND term LIKE ${p(i)}`).join(' INTERSECT ');
    const named = `SELECT id FROM mujaz_briefing_terms WHERE field = 2 AND (${pats.map((_, i) => `term LIKE ${p(i)}`).join(' OR ')} OR term = ANY(${p(pats.length + 1)}::text[]))`;
    const inTitle = pats.map((_, i) => `EXISTS (SELECT 1 FROM mujaz_briefing_terms t WHERE t.field = 1 AND t.id = b.id AND t.term LIKE ${p(i)})::int`).join(' + ');
    const r = await this.pool.query<{ id: string; t: number; a: boolean; nm: boolean }>(
      `WITH a AS (${every}), nm AS (${named}), c AS (SELECT id FROM a UNION SELECT id FROM nm)
       SELECT b.id, ${inTitle} AS t, b.id IN (SELECT id FROM a) AS a, b.id IN (SELECT id FROM nm) AS nm
       FROM mujaz_briefings b JOIN c USING (id)
       ORDER BY a DESC, t DESC, ${NEWEST} LIMIT ${p(pats.length)}`,
      [...pats, limit, skels],
    );
    return r.rows.map((x) => ({ id: x.id, titleWords: Number(x.t), allWords: !!x.a, named: !!x.nm }));
  }

}
