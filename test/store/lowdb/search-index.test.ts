/**
 * The embedded engine's search index on disk (segment files + tail): whatever mix of segment,
 * tail and merge a document is in, and after a restart, match() finds what a plain scan of the
 * same terms finds.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../src/store/lowdb/search-index.ts';
import { decodeVarints, encodeVarints, markVarints } from '../../../src/store/lowdb/search-segment.ts';
import { queryCore, querySkeletons, type BriefingTerms } from '../../../src/text/search-fold.ts';

const HADDAD = `~${querySkeletons(['haddad'])[0]}`;

const WORDS = ['iran', 'iraq', 'ireland', 'moscow', 'ايران', 'وايران', 'مدينة', 'المدينة', 'strike', 'wage', 'haddad', 'الحداد', 'tehran', 'treaty'];

/** Deterministic term sets: document i holds a few words chosen by i. */
function termsOf(i: number): BriefingTerms {
  const pick = (k: number) => WORDS[(i * 7 + k * 3) % WORDS.length]!;
  const all = new Set([pick(0), pick(1), pick(2), pick(3), `n${i}`]);
  const title = new Set([pick(0)]);
  const names = new Set(i % 3 === 0 ? [pick(2), HADDAD] : []);
  return { all, title, names };
}

/** What match() must say, by scanning every document's terms. */
function scan(docs: BriefingTerms[], words: string[]) {
  return docs.map((t) => {
    const has = (set: Set<string>, w: string) => [...set].some((x) => x.startsWith(queryCore(w)));
    let hits = 0;
    for (const w of words) if (hits === words.indexOf(w) && has(t.all, w)) hits++;
    return { hits, inTitle: words.filter((w) => has(t.title, w)).length, named: words.some((w) => has(t.names, w)) || querySkeletons(words).some((k) => t.names.has(`~${k}`)) };
  });
}

const QUERIES = [['ir'], ['iran'], ['ايران'], ['المدينة'], ['iran', 'moscow'], ['haddad'], ['n1'], ['zzz'], ['tr', 'ir']];

function check(index: SearchIndex, docs: BriefingTerms[]) {
  for (const q of QUERIES) {
    const m = index.match(q);
    const want = scan(docs, q);
    want.forEach((w, d) => {
      expect({ q, d, hits: m.hits[d], inTitle: m.inTitle[d], named: m.named[d] === 1 }).toEqual({ q, d, hits: w.hits, inTitle: w.inTitle, named: w.named });
    });
  }
}

describe('search index on disk', () => {
  it('varints round-trip document numbers, small and large gaps', () => {
    const nums = [0, 1, 2, 130, 20_000, 2_000_000, 300_000_000];
    const out: number[] = [];
    encodeVarints(nums, -1, out);
    const back: number[] = [];
    decodeVarints(Uint8Array.from(out), 0, out.length, -1, (n) => back.push(n));
    expect(back).toEqual(nums);
    const few = nums.filter((n) => n <= 2_000_000);
    const enc: number[] = [];
    encodeVarints(few, -1, enc);
    const marks = new Uint8Array(2_000_001);
    markVarints(Uint8Array.from(enc), 0, enc.length, marks);
    expect(marks.reduce((a, x) => a + x, 0)).toBe(few.length);
    for (const n of few) expect(marks[n]).toBe(1);
  });

  it('matches like a plain scan in memory, across merges into segments, and after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mujaz-index-'));
    const docs = Array.from({ length: 40 }, (_, i) => termsOf(i));
    const mem = new SearchIndex(null);
    const disk = new SearchIndex(dir, false, 4);
    docs.forEach((t, i) => {
      mem.add(`b${i}\u00001`, t);
      disk.add(`b${i}\u00001`, t);
    });
    check(mem, docs);
    check(disk, docs); // part in a segment being merged, part in the tail
    await disk.idle();
    expect(readdirSync(dir).filter((f) => f.endsWith('.idx'))).toHaveLength(1);
    check(disk, docs);
    const again = new SearchIndex(dir, true);
    again.load();
    expect(again.size).toBe(40);
    expect(again.doc('b39\u00001')).toBe(39);
    check(again, docs);
  });

  it('stops reading the tail at a torn line: later documents are left to be indexed again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mujaz-index-'));
    const idx = new SearchIndex(dir, false, 1000);
    for (let i = 0; i < 5; i++) idx.add(`b${i}\u00001`, termsOf(i));
    await idx.idle();
    const tail = join(dir, 'tail.jsonl');
    expect(existsSync(tail)).toBe(true);
    const lines = readFileSync(tail, 'utf8').split('\n');
    writeFileSync(tail, `${lines.slice(0, 3).join('\n')}\n${lines[3]!.slice(0, 20)}`);
    const again = new SearchIndex(dir, true);
    again.load();
    expect(again.size).toBe(3);
    expect(again.doc('b3\u00001')).toBeUndefined();
    check(again, [0, 1, 2].map(termsOf));
  });
});
