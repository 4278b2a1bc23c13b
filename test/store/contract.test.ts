/**
 * One contract, every engine: what commands, digests and ingest rely on from storage. The
 * PostgreSQL run needs a server; without one it is skipped with one line saying so.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/briefing/types.ts';
import { isObject } from '../../src/store/hot-state.ts';
import { del, put, StoreError, type SectionSpec, type Store } from '../../src/store/types.ts';
import { makeBriefing } from '../digest/fixtures/briefings.ts';
import { lowdbEngine, memoryEngine, pgReachable, postgresEngine, sayPgSkipped, type Engine } from './engines.ts';

interface Rec {
  status?: string;
  n: number;
  at?: string;
}
const THINGS: SectionSpec<Rec> = { name: 'things', valid: isObject, what: 'a thing object' };
const OTHER: SectionSpec<Rec> = { name: 'other', valid: isObject, what: 'an other object' };

function briefing(id: string, at: string, extra: { url?: string; v?: number; title?: string; people?: Briefing['people'] } = {}): Briefing {
  const b = makeBriefing(id, at, { title: extra.title });
  return {
    ...b,
    parserVersion: extra.v ?? b.parserVersion,
    meta: { ...b.meta, ...(extra.url ? { url: extra.url } : {}) },
    ...(extra.people ? { people: extra.people } : {}),
  };
}

const CONTRACT_TESTS = 13;

function contract(engine: Engine): void {
  describe(`${engine.name} engine`, () => {
    afterAll(() => engine.cleanup());
    const opened: Store[] = [];
    const fresh = async () => {
      const s = await engine.fresh([THINGS, OTHER]);
      opened.push(s);
      return s;
    };
    afterAll(async () => {
      for (const s of opened) await s.close().catch(() => undefined);
    });

    it('puts, reads, deletes records; a write is visible at once and durable when it resolves', async () => {
      const s = await fresh();
      const things = s.section(THINGS);
      const w = s.write([put(THINGS, 'a', { n: 1 }), put(OTHER, 'x', { n: 9 })]);
      expect(things.get('a')).toEqual({ n: 1 });
      await w;
      await s.write([put(THINGS, 'b', { n: 2 }), put(THINGS, 'a', { n: 3 })]);
      await s.write([del(THINGS, 'b')]);
      expect(things.entries()).toEqual([['a', { n: 3 }]]);
      const again = await engine.reopen(s, [THINGS, OTHER]);
      if (!again) return;
      opened.push(again);
      expect(again.section(THINGS).entries()).toEqual([['a', { n: 3 }]]);
      expect(again.section(OTHER).get('x')).toEqual({ n: 9 });
    });

    it('keeps every one of many concurrent writes', async () => {
      const s = await fresh();
      await Promise.all(Array.from({ length: 300 }, (_, i) => s.write([put(THINGS, `k${i}`, { n: i })])));
      const again = (await engine.reopen(s, [THINGS, OTHER])) ?? s;
      opened.push(again);
      expect(again.section(THINGS).size).toBe(300);
      expect(again.section(THINGS).get('k299')).toEqual({ n: 299 });
    });

    it('claims a key once; a failed record may be claimed again', async () => {
      const s = await fresh();
      const results = await Promise.all([1, 2, 3].map((n) => s.claim(THINGS, 'day', { status: 'claimed', n })));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await s.claim(THINGS, 'day', { status: 'claimed', n: 4 }, { replaceStatus: ['failed'] })).toBe(false);
      await s.write([put(THINGS, 'day', { status: 'failed', n: 5 })]);
      expect(await s.claim(THINGS, 'day', { status: 'claimed', n: 6 }, { replaceStatus: ['failed'] })).toBe(true);
      expect(s.section(THINGS).get('day')).toEqual({ status: 'claimed', n: 6 });
    });

    it('takes over a claim only while it is older than staleBefore', async () => {
      const s = await fresh();
      await s.write([put(THINGS, 'day', { status: 'claimed', n: 1, at: '2026-06-10T08:00:00.000Z' })]);
      const takeover = (before: string, n: number) => s.claim(THINGS, 'day', { status: 'unknown', n, at: before }, { replaceStatus: ['claimed'], staleBefore: before });
      expect(await takeover('2026-06-10T08:00:00.000Z', 2)).toBe(false);
      expect(s.section(THINGS).get('day')?.n).toBe(1);
      expect(await takeover('2026-06-10T08:15:00.000Z', 3)).toBe(true);
      expect(s.section(THINGS).get('day')).toMatchObject({ status: 'unknown', n: 3 });
      // No longer 'claimed': nothing more to take over.
      expect(await takeover('2026-06-10T09:00:00.000Z', 4)).toBe(false);
    });

    it('claimFirst takes the first free candidate and passes over the held ones', async () => {
      const s = await fresh();
      // Lock records (the work each claim stands for) exist for every candidate.
      await s.write(['a', 'b', 'c', 'd'].map((k) => put(OTHER, k, { n: 0 })));
      await s.write([put(THINGS, 'a|d1', { status: 'sent', n: 0 }), put(THINGS, 'b|d1', { status: 'failed', n: 0 })]);
      const cand = (k: string, replace: string[] = []) => ({ key: `${k}|d1`, value: { status: 'claimed', n: 1 }, lockKey: k, replaceStatus: replace });
      expect(await s.claimFirst(THINGS, OTHER, [cand('a'), cand('b'), cand('c'), cand('d')])).toEqual({ took: 'c|d1', passed: ['a|d1', 'b|d1'] });
      expect(await s.claimFirst(THINGS, OTHER, [cand('b', ['failed']), cand('d')])).toEqual({ took: 'b|d1', passed: [] });
      expect(s.section(THINGS).get('b|d1')).toEqual({ status: 'claimed', n: 1 });
      expect(await s.claimFirst(THINGS, OTHER, [cand('a'), cand('b'), cand('c')])).toEqual({ took: null, passed: ['a|d1', 'b|d1', 'c|d1'] });
    });

    it('concurrent claimFirsts on one due set, from one writer or two, take each key once and all of them', async () => {
      const s = await fresh();
      const keys = Array.from({ length: 60 }, (_, i) => `chat${i}`);
      await s.write(keys.map((k) => put(OTHER, k, { n: 0 })));
      // Every fifth already sent: held, never taken.
      await s.write(keys.filter((_, i) => i % 5 === 0).map((k) => put(THINGS, `${k}|d1`, { status: 'sent', n: 0 })));
      const writers = [s];
      if (engine.second) {
        const t = await engine.second(s);
        opened.push(t);
        t.section(THINGS);
        writers.push(t);
      }
      const taken: string[] = [];
      // Six senders per writer, each offering the same list in the same order, so their claims
      // meet in one batch (one call on PostgreSQL) and across writers.
      const sender = async (w: Store, who: number) => {
        for (;;) {
          const cands = keys.map((k) => ({ key: `${k}|d1`, value: { status: 'claimed', n: who }, lockKey: k }));
          const r = await w.claimFirst(THINGS, OTHER, cands);
          if (!r.took) return;
          taken.push(r.took);
        }
      };
      await Promise.all(writers.flatMap((w, wi) => Array.from({ length: 6 }, (_, i) => sender(w, wi * 10 + i))));
      const due = keys.filter((_, i) => i % 5 !== 0).map((k) => `${k}|d1`);
      expect([...taken].sort()).toEqual([...due].sort());
      await s.refresh(THINGS, due);
      for (const k of due) expect(s.section(THINGS).get(k)?.status).toBe('claimed');
    });

    it('refresh() reads what another writer put since, and by key what it deleted', async () => {
      const s = await fresh();
      if (!engine.second) return; // one writer per data file: memory is never behind
      await s.write([put(THINGS, 'a', { n: 1 }), put(THINGS, 'b', { n: 1 }), put(THINGS, 'c', { n: 1 })]);
      const t = await engine.second(s);
      opened.push(t);
      t.section(THINGS);
      await t.write([put(THINGS, 'a', { n: 2 }), del(THINGS, 'b'), put(THINGS, 'd', { n: 2 })]);
      expect(s.section(THINGS).get('a')?.n).toBe(1);
      // Without keys: what was put since the last look (a deletion leaves nothing to find).
      await s.refresh(THINGS);
      expect(s.section(THINGS).get('a')?.n).toBe(2);
      expect(s.section(THINGS).get('d')?.n).toBe(2);
      expect(s.section(THINGS).get('c')?.n).toBe(1);
      await t.write([put(THINGS, 'c', { n: 3 })]);
      await s.refresh(THINGS);
      expect(s.section(THINGS).get('c')?.n).toBe(3);
      // By key: deletions too.
      expect(s.section(THINGS).has('b')).toBe(true);
      await s.refresh(THINGS, ['b']);
      expect(s.section(THINGS).has('b')).toBe(false);
    });

    it('two writers on one database never both take a claim', async () => {
      const s = await fresh();
      if (!engine.second) return; // one writer per data file: the lock test covers the rest
      const t = await engine.second(s);
      opened.push(t);
      t.section(THINGS);
      const keys = Array.from({ length: 40 }, (_, i) => `chat${i}|2026-06-10`);
      const [a, b] = await Promise.all([s, t].map((x) => Promise.all(keys.map((k) => x.claim(THINGS, k, { status: 'claimed', n: 0 })))));
      keys.forEach((_, i) => expect(Number(a![i]) + Number(b![i])).toBe(1));
    });

    it('stores briefings and reads them newest first, by id, URL, prefix and position', async () => {
      const s = await fresh();
      const r = s.briefings;
      await r.put(briefing('b-aa1', '2026-06-10T06:00:00Z', { url: 'https://x.example/1' }));
      await r.put(briefing('b-aa2', '2026-06-10T08:00:00.000Z'));
      await r.put(briefing('b-bb3', '2026-06-10T07:00:00Z'));
      expect(await r.count()).toBe(3);
      expect((await r.newest(0, 10)).map((b) => b.id)).toEqual(['b-aa2', 'b-bb3', 'b-aa1']);
      expect((await r.newest(1, 1)).map((b) => b.id)).toEqual(['b-bb3']);
      expect(await r.position('b-aa1')).toBe(3);
      expect(await r.position('nope')).toBe(0);
      expect((await r.getMany(['b-bb3', 'nope', 'b-aa1'])).map((b) => b.id).sort()).toEqual(['b-aa1', 'b-bb3']);
      expect([...(await r.positions(['b-aa1', 'b-aa2']))].sort()).toEqual([['b-aa1', 3], ['b-aa2', 1]]);
      expect((await r.byUrl('https://x.example/1'))?.id).toBe('b-aa1');
      expect((await r.idsByPrefix('b-aa', 10)).sort()).toEqual(['b-aa1', 'b-aa2']);
      expect((await r.ingestedIn('2026-06-10T06:00:00Z', '2026-06-10T07:30:00Z', 10)).map((b) => b.id)).toEqual(['b-bb3']);
      expect((await r.ingestedIn(undefined, '2026-06-10T08:00:00Z', 10)).map((b) => b.id)).toEqual(['b-aa2', 'b-bb3', 'b-aa1']);
      // A digest counts its whole interval though it reads only the first ones.
      expect((await r.ingestedIn(undefined, '2026-06-10T08:00:00Z', 2)).map((b) => b.id)).toEqual(['b-aa2', 'b-bb3']);
      expect(await r.countIngestedIn(undefined, '2026-06-10T08:00:00Z')).toBe(3);
      expect(await r.countIngestedIn('2026-06-10T06:00:00Z', '2026-06-10T07:30:00Z')).toBe(1);
      expect(await r.countIngestedIn('2026-06-10T05:00:00Z', '2026-06-10T06:00:00.000Z')).toBe(1);
      expect(await r.countIngestedIn('2026-06-10T08:00:00Z', '2026-06-11T00:00:00Z')).toBe(0);
      const again = await engine.reopen(s, [THINGS, OTHER]);
      if (!again) return;
      opened.push(again);
      expect((await again.briefings.get('b-bb3'))?.title.en).toBe('Title b-bb3');
      expect((await again.briefings.newest(0, 10)).map((b) => b.id)).toEqual(['b-aa2', 'b-bb3', 'b-aa1']);
    });

    it('replaces a briefing only with a newer parse', async () => {
      const s = await fresh();
      await s.briefings.put(briefing('b-1', '2026-06-10T06:00:00Z', { v: 5, title: 'five' }));
      await s.briefings.put(briefing('b-1', '2026-06-10T06:00:00Z', { v: 6, title: 'six' }));
      expect((await s.briefings.get('b-1'))?.title.en).toBe('six');
      expect(await s.briefings.count()).toBe(1);
      const again = await engine.reopen(s, [THINGS, OTHER]);
      if (!again) return;
      opened.push(again);
      expect((await again.briefings.get('b-1'))?.parserVersion).toBe(6);
    });

    it('finds search candidates: every word, Arabic after a proclitic, names in the other script', async () => {
      const s = await fresh();
      const person = (ar: string, en: string) => ({ id: `p-${en}`, name: { ar, en }, aliases: [], role: { ar: '', en: '' }, mentions: 1 }) as unknown as Briefing['people'][number];
      const a = briefing('b-a', '2026-06-10T06:00:00Z', { title: 'Port strike ends after wage deal' });
      a.sentences = [{ text: 'وقال المتحدث إن الميناء عاد للعمل' } as Briefing['sentences'][number]];
      await s.briefings.put(a);
      await s.briefings.put({ ...briefing('b-b', '2026-06-10T07:00:00Z', { title: 'Desalination plant opens' }), people: [person('سليم الحداد', '')] });
      const ids = async (...w: string[]) => (await s.briefings.candidates(w, 10)).map((c) => c.id);
      expect(await ids('strike', 'wage')).toEqual(['b-a']);
      expect(await ids('strike', 'desalination')).toEqual([]);
      expect(await ids('ميناء')).toEqual(['b-a']); // in "الميناء"
      expect(await ids('haddad')).toContain('b-b'); // الحداد by sound
      expect((await s.briefings.candidates(['port'], 10))[0]).toMatchObject({ id: 'b-a', titleWords: 1, allWords: true });
    });

    it('ranks candidates by every word, then title words, then newest, and keeps to the limit', async () => {
      const s = await fresh();
      // Ten briefings hold "tanker"; those with it in the title come first, the rest newest first.
      for (let i = 0; i < 10; i++) {
        const b = briefing(`b-${i}`, `2026-06-10T0${i}:00:00Z`, { title: i % 4 === 0 ? 'Tanker seized' : `Report ${i}` });
        b.sentences = [{ text: `The tanker and its crew, day ${i}` } as Briefing['sentences'][number]];
        await s.briefings.put(b);
      }
      const got = await s.briefings.candidates(['tanker'], 5);
      expect(got.map((c) => c.id)).toEqual(['b-8', 'b-4', 'b-0', 'b-9', 'b-7']);
      expect(got.map((c) => c.titleWords)).toEqual([1, 1, 1, 0, 0]);
    });

    it('finds words in a briefing too big for one index entry (a 5 MB article)', async () => {
      const s = await fresh();
      const b = briefing('b-huge', '2026-06-10T06:00:00Z', { title: 'Archive' });
      // 90,000 distinct words: more than a PostgreSQL tsvector holds (1 MB).
      b.sentences = Array.from({ length: 900 }, (_, k) => ({ text: Array.from({ length: 100 }, (_, j) => `w${k * 100 + j}qz`).join(' ') }) as Briefing['sentences'][number]);
      await s.briefings.put(b);
      await s.briefings.put(briefing('b-small', '2026-06-10T07:00:00Z', { title: 'Small' }));
      expect((await s.briefings.candidates(['w89999qz'], 10)).map((c) => c.id)).toEqual(['b-huge']);
      expect((await s.briefings.candidates(['w12', 'archive'], 10)).map((c) => c.id)).toEqual(['b-huge']);
      expect((await s.briefings.candidates(['w12', 'small'], 10)).map((c) => c.id)).toEqual([]);
    });

    it('refuses a section whose records are not what its feature expects, with one line', async () => {
      const s = await fresh();
      await s.write([{ section: 'strict', key: 'k', value: 'not an object' }]);
      const strict: SectionSpec<Rec> = { name: 'strict', valid: isObject, what: 'a strict object' };
      expect(() => s.section(strict)).toThrow(StoreError);
      expect(() => s.section(strict)).toThrow(/"strict" entry "k" is not a strict object/);
    });

    it('reads sections back in the order they were first written', async () => {
      const s = await fresh();
      for (const k of ['z', 'a', 'm']) await s.write([put(THINGS, k, { n: 0 })]);
      expect(s.section(THINGS).entries().map(([k]) => k)).toEqual(['z', 'a', 'm']);
    });
  });
}

contract(memoryEngine);
contract(lowdbEngine);

const reachable = await pgReachable();
if (reachable) contract(postgresEngine());
else {
  sayPgSkipped(`${CONTRACT_TESTS} tests`);
  describe.skip('postgres engine (no server)', () => it.skip('contract', () => undefined));
}
