/**
 * Bounded parsing on hostile input: random and crafted texts (repeated speech clauses, nested
 * quotes, one huge word, a run of commas, only diacritics, bidi controls, NUL bytes, invalid UTF-8,
 * UTF-16 with a BOM) parse or are refused with a ParseError, and the time per character stays within
 * a constant of ordinary text as the input grows 4×. Bounds are loose on purpose (a shared 2-core
 * machine is noisy): they catch quadratic growth, which showed as 8.9 s for 320 KB of repeated
 * clauses, not a few percent. `npm run bench` prints the real per-character figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/text-check.ts';
import { ParseError, parseArticleInfo } from '../../src/parser/index.ts';

const sample = readFileSync(new URL('../../data/russia-iran-partnership.ar.txt', import.meta.url), 'utf8');
const words = sample.split(/\s+/).filter(Boolean);

function prng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}
const fill = (n: number, piece: (i: number) => string, head = 'عنوان الخبر\n') => {
  let t = head;
  for (let i = 0; t.length < n; i++) t += piece(i);
  return t;
};

export const GENERATORS: Record<string, (n: number) => string> = {
  ordinary: (n) => fill(n, () => `${sample}\n`, ''),
  'repeated speech clauses': (n) => fill(n, () => 'وقال الوزير محمد علي إن … '),
  'repeated clauses with sentence ends': (n) => fill(n, () => 'وقال الوزير محمد علي إن الحكومة ستواصل العمل. '),
  'nested quotes': (n) => fill(n, () => 'قال أحمد: «قال سعيد: "قال علي: «نعم» ثم" '),
  'one huge word': (n) => `عنوان الخبر هنا\nقال الرئيس ${'ب'.repeat(n)} انتهى.`,
  'a run of commas': (n) => `عنوان الخبر هنا\nقال الرئيس ${'،'.repeat(n)}`,
  'only diacritics': (n) => `عنوان الخبر هنا\n${'\u064E'.repeat(n)}`,
  'bidi controls': (n) => fill(n, () => 'قال\u202Eالرئيس\u2066 إن\u200F '),
  'random words and punctuation': (n) => {
    const r = prng(7);
    const marks = ['\n', '«', '»', '"', '، ', '. ', ': '];
    return fill(n, () => (r() < 0.3 ? marks[Math.floor(r() * marks.length)]! : `${words[Math.floor(r() * words.length)]} `), '');
  },
  'speech verbs before random pairs of words': (n) => {
    const r = prng(11);
    return fill(n, () => `وقال ${words[Math.floor(r() * words.length)]} ${words[Math.floor(r() * words.length)]} إن `);
  },
};

/** CPU milliseconds of this test process (vitest's forks pool: one process per file): other test
 * files running beside it on the same cores slow its wall clock, not its CPU time. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function timePerChar(text: string): number {
  // Best of five: scheduling noise only ever adds time.
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const t0 = cpuMs();
    try {
      parseArticleInfo(text);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
    }
    best = Math.min(best, cpuMs() - t0);
  }
  return best / text.length;
}

describe('parser on hostile input', () => {
  const small = 10_000;
  const large = 40_000;
  parseArticleInfo(GENERATORS.ordinary!(large)); // warm the JIT and the lexicon caches
  const ordinary = timePerChar(GENERATORS.ordinary!(large));

  it.each(Object.keys(GENERATORS).filter((k) => k !== 'ordinary'))('%s: linear, within a constant of ordinary text', (name) => {
    const gen = GENERATORS[name]!;
    const a = timePerChar(gen(small));
    const b = timePerChar(gen(large));
    // Quadratic work would make the 4× input cost ~16× the time (4× per character); 3× leaves room
    // for a noisy shared machine and still fails on quadratic growth.
    expect(b / Math.max(a, ordinary / 4)).toBeLessThan(3);
    expect(b).toBeLessThan(ordinary * 6);
  });

  it('refuses NUL bytes and undecodable bytes as binary, reads UTF-16 with a BOM', () => {
    expect(() => parseArticleInfo(`عنوان\n${'قال\u0000'.repeat(100)}`)).toThrow(ParseError);
    const invalid = Buffer.alloc(4000, 0xc3); // lone lead bytes: invalid UTF-8 throughout
    expect(() => parseArticleInfo(decodeText(invalid))).toThrow();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
    expect(parseArticleInfo(decodeText(utf16)).briefing.people.length).toBeGreaterThan(3);
  });
});
