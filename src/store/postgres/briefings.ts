/**
 * Briefings in PostgreSQL: one row each (a newer parse replaces an older one), read by index
 * (newest first, by URL, by id prefix), searched through trigram indexes on the folded text.
 */
import type { Pool } from 'pg';
import type { Briefing } from '../../briefing/types.ts';
import { queryCore, querySkeletons, searchText } from '../../text/search-fold.ts';
import type { BriefingRepo, SearchCandidate } from '../types.ts';

const NEWEST = `coalesce(ingested_at, '-infinity'::timestamptz) DESC, seq DESC`;

function like(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
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

  async put(b: Briefing): Promise<void> {
    const t = searchText(b);
    await this.pool.query(
      `INSERT INTO mujaz_briefings (id, parser_version, ingested_at, url, body, search_title, search_all, search_names, search_skel)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (id) DO UPDATE SET parser_version = EXCLUDED.parser_version, ingested_at = EXCLUDED.ingested_at, url = EXCLUDED.url,
         body = EXCLUDED.body, search_title = EXCLUDED.search_title, search_all = EXCLUDED.search_all, search_names = EXCLUDED.search_names, search_skel = EXCLUDED.search_skel
       WHERE mujaz_briefings.parser_version < EXCLUDED.parser_version`,
      [b.id, b.parserVersion, isoOrNull(b.meta.ingestedAt), b.meta.url ?? null, JSON.stringify(b), t.title, `${t.title}${t.body}`, t.names, t.skeletons],
    );
  }

  async candidates(words: readonly string[], limit: number): Promise<SearchCandidate[]> {
    if (!words.length) return [];
    const pats = words.map((w) => like(queryCore(w)));
    const p = (i: number) => `$${i + 1}`;
    const all = pats.map((_, i) => `search_all LIKE ${p(i)}`).join(' AND ');
    const skels = querySkeletons(words).map((s) => `% ${s} %`);
    const names = [...pats.map((_, i) => `search_names LIKE ${p(i)}`), ...skels.map((_, i) => `search_skel LIKE ${p(pats.length + 1 + i)}`)].join(' OR ');
    const title = pats.map((_, i) => `(search_title LIKE ${p(i)})::int`).join(' + ');
    const r = await this.pool.query<{ id: string; t: number; a: boolean; nm: boolean }>(
      `SELECT id, ${title} AS t, (${all}) AS a, (${names}) AS nm FROM mujaz_briefings WHERE (${all}) OR (${names}) ORDER BY a DESC, t DESC, ${NEWEST} LIMIT ${p(pats.length)}`,
      [...pats, limit, ...skels],
    );
    return r.rows.map((x) => ({ id: x.id, titleWords: Number(x.t), allWords: !!x.a, named: !!x.nm }));
  }
}
