import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/briefing/types.ts';
import { closestCandidates, closestMatches, MATCH_THRESHOLD, matchPeople, phoneticKeys } from '../../src/names/index.ts';
import { SECOND_PASS } from '../../src/names/match.ts';

/** Built by hand, as a briefing would hold them; English names only where a reader would have them. */
function person(ar: string, en: string, aliases: string[] = []): Person {
  return {
    id: 'p-' + (en || ar).toLowerCase().replace(/\W+/g, '-'),
    name: { ar, en },
    role: { ar: '', en: '' },
    aliases,
    mentions: 1,
    firstOffset: 0,
    sentenceIds: [],
    nameOrigin: 'lexicon',
    keys: phoneticKeys(ar),
  };
}

// The sample's seven people; the two analysts carry only their romanised English names.
const sample = [
  person('فلاديمير بوتين', 'Vladimir Putin'),
  person('مسعود بزشكيان', 'Masoud Pezeshkian'),
  person('عباس عراقجي', 'Abbas Araghchi'),
  person('بشار الأسد', 'Bashar al-Assad', ['الأسد']),
  person('دونالد ترامب', 'Donald Trump'),
  person('نيكولاي كوزانوف', 'Nikolai Kozanov'),
  person('فابريس بوثييه', 'Fabrice Bothier'),
];
// Same people with no English at all: matching must work from the Arabic alone.
const arabicOnly = sample.map((p) => ({ ...p, name: { ar: p.name.ar, en: '' }, aliases: [] }));
const others = [
  ...sample,
  person('رجب طيب أردوغان', 'Recep Tayyip Erdogan'),
  person('علي خامنئي', 'Ali Khamenei'),
];
const othersArabic = others.map((p) => ({ ...p, name: { ar: p.name.ar, en: '' }, aliases: [] }));

const expected: Array<[string, string]> = [
  ['araghchi', 'عباس عراقجي'],
  ['araqchi', 'عباس عراقجي'],
  ['Araghchi', 'عباس عراقجي'],
  ['pezeshkian', 'مسعود بزشكيان'],
  ['kozhanov', 'نيكولاي كوزانوف'],
  ['pothier', 'فابريس بوثييه'],
  ['putin', 'فلاديمير بوتين'],
  ['Poutine', 'فلاديمير بوتين'],
  ['assad', 'بشار الأسد'],
  ['el-Assad', 'بشار الأسد'],
  ['trump', 'دونالد ترامب'],
  ['erdogan', 'رجب طيب أردوغان'],
  ['Erdoğan', 'رجب طيب أردوغان'],
  ['khamenei', 'علي خامنئي'],
  ['عراقجي', 'عباس عراقجي'],
  ['بوتين', 'فلاديمير بوتين'],
  ['لبوتين', 'فلاديمير بوتين'],
  ['الأسد', 'بشار الأسد'],
  ['بالأسد', 'بشار الأسد'],
  ['Nikolay Kozhanov', 'نيكولاي كوزانوف'],
  ['vladimir putin', 'فلاديمير بوتين'],
  ['President Putin', 'فلاديمير بوتين'],
  ["Putin's", 'فلاديمير بوتين'],
  ['الرئيس بوتين', 'فلاديمير بوتين'],
  ['السيد عراقجي', 'عباس عراقجي'],
];

describe('matchPeople', () => {
  it.each(expected)('%s ranks %s first (names in both scripts)', (q, ar) => {
    const m = matchPeople(q, others);
    expect(m[0]?.person.name.ar).toBe(ar);
    expect(m[0]!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it.each(expected)('%s ranks %s first from the Arabic name alone', (q, ar) => {
    const m = matchPeople(q, othersArabic);
    expect(m[0]?.person.name.ar).toBe(ar);
  });

  it.each(['merkel', 'xyz', 'banana', 'macron', 'abbas putin', 'ميركل', 'q', 'biden', 'obama', 'lavrov'])('%s matches no one among the sample people', (q) => {
    expect(matchPeople(q, sample)).toEqual([]);
    expect(matchPeople(q, arabicOnly)).toEqual([]);
  });

  it('scores are sorted and within 0..1', () => {
    const all = closestMatches('pezeshkian', sample, 7);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
    for (const m of all) expect(m.score).toBeGreaterThanOrEqual(0), expect(m.score).toBeLessThanOrEqual(1);
  });

  it('only ever returns people it was given', () => {
    expect(matchPeople('putin', [])).toEqual([]);
    const m = matchPeople('putin', [sample[2]!]);
    expect(m).toEqual([]);
  });

  it('handles empty and oversized queries', () => {
    expect(matchPeople('', sample)).toEqual([]);
    expect(matchPeople('   ', sample)).toEqual([]);
    expect(() => matchPeople('x'.repeat(100_000), sample)).not.toThrow();
  });
});

describe('closestCandidates', () => {
  it('offers the nearest people even under the threshold', () => {
    const near = closestCandidates('pezeshk', sample, 3);
    expect(near.length).toBeGreaterThan(0);
    expect(near[0]!.name.ar).toBe('مسعود بزشكيان');
    expect(closestCandidates('banana', sample, 2).length).toBeLessThanOrEqual(2);
  });
});

describe('cross-script lookup over many world figures', () => {
  it('finds most lexicon people from their English name or surname, given only their Arabic name', async () => {
    const { lexicon } = await import('../../src/names/lexicon.ts');
    const pool = lexicon().people.filter((_, i) => i % 6 === 0);
    const people = pool.map((p) => person(p.ar, ''));
    let ok = 0;
    let total = 0;
    pool.forEach((p, i) => {
      const words = p.en.replace(/\b(al|el)-/g, '').split(' ');
      for (const q of [p.en, words[words.length - 1]!]) {
        if (q.length < 3) continue;
        total++;
        const m = closestMatches(q, people, 1)[0];
        if (m && m.score >= MATCH_THRESHOLD && closestMatches(q, people, 5).some((x) => x.person === people[i] && x.score === m.score)) ok++;
      }
    });
    expect(total).toBeGreaterThan(100);
    expect(ok / total).toBeGreaterThanOrEqual(0.9);
  });
});

describe('matching through learned spellings in the other script', () => {
  it('finds an Arabic-only person from the Latin spelling English media use', () => {
    const people = [person('جمال خاشقجي', ''), person('جون برينان', ''), person('فلاديمير بوتين', '')];
    expect(matchPeople('khashoggi', people)[0]?.person.name.ar).toBe('جمال خاشقجي');
    expect(matchPeople('Brennan', people)[0]?.person.name.ar).toBe('جون برينان');
  });

  it('finds an English-only person from an Arabic query', () => {
    const people = [person('', 'Jamal Khashoggi'), person('', 'John Brennan'), person('', 'Joe Biden')];
    expect(matchPeople('خاشقجي', people)[0]?.person.name.en).toBe('Jamal Khashoggi');
    expect(matchPeople('برينان', people)[0]?.person.name.en).toBe('John Brennan');
    expect(matchPeople('بوتين', people)).toEqual([]);
  });
});

describe('the per-letter model as a lazy second pass (names28)', () => {
  const withPass = <T>(pass: Partial<typeof SECOND_PASS>, f: () => T): T => {
    const saved = { ...SECOND_PASS };
    Object.assign(SECOND_PASS, pass);
    try {
      return f();
    } finally {
      Object.assign(SECOND_PASS, saved);
    }
  };

  it('an Arabic query finds an English-only person through the letter model when the joint lists match no one', () => {
    // خاميس (James Rodríguez; not in the names data): only the letter model's five come near "james"
    const people = [person('', 'James Rodriguez'), person('', 'Donald Trump')];
    expect(withPass({ on: false }, () => matchPeople('خاميس', people))).toEqual([]);
    expect(withPass({ letters: false }, () => matchPeople('خاميس', people))).toEqual([]);
    expect(withPass({}, () => matchPeople('خاميس', people)[0]?.person.name.en)).toBe('James Rodriguez');
  });

  it('a Latin query finds an Arabic-only person through the letter model', () => {
    // خاميس (not in the names data): "james" is not among the first pass's spellings of it
    const people = [person('خاميس رودريغيز', ''), person('دونالد ترامب', '')];
    expect(withPass({ on: false }, () => matchPeople('james', people))).toEqual([]);
    expect(withPass({}, () => matchPeople('james', people))[0]?.person.name.ar).toBe('خاميس رودريغيز');
  });

  it('a query the first pass matched is scored as without the second pass', () => {
    for (const q of ['putin', 'عراقجي', 'Erdoğan', 'vladimir putin']) {
      expect(withPass({}, () => closestMatches(q, others, 9))).toEqual(withPass({ on: false }, () => closestMatches(q, others, 9)));
    }
  });

  it('the second pass adds no match for a name nobody in the briefing carries', () => {
    expect(matchPeople('Biden', othersArabic)).toEqual([]);
    expect(matchPeople('بايدن', others.map((p) => ({ ...p, name: { ar: '', en: p.name.en }, aliases: [] })))).toEqual([]);
  });
});
