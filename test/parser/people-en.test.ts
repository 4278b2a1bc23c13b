import { describe, expect, it } from 'vitest';
import { arabiseCandidates, lookupPerson, matchPeople } from '../../src/names/index.ts';
import { parseArticle } from '../../src/parser/index.ts';

describe('English people', () => {
  const b = parseArticle([
    'MOSCOW (Reuters) - Iranian Foreign Minister Abbas Araqchi met Russian President Vladimir Putin in the Kremlin on Monday.',
    '"Moscow will not risk its ties with Washington," said Nikita Smagin, an independent expert on Iran. Putin said Russia was ready to help.',
    'Officials at Halden Capital and the Wall Street Journal declined to comment. New York was quiet.',
  ].join('\n'));

  it('reads names after titles and before appositive roles', () => {
    expect(b.people.map((p) => [p.name.en, p.role.en])).toEqual([
      ['Abbas Araqchi', 'Iranian Foreign Minister'],
      ['Vladimir Putin', 'Russian President'],
      ['Nikita Smagin', 'an independent expert on Iran'],
    ]);
  });

  it("links single surnames; the lexicon's Arabic name wins, the learned model spells the rest", () => {
    const putin = b.people.find((p) => p.name.en === 'Vladimir Putin')!;
    expect(putin.mentions).toBe(2);
    expect(putin.name.ar).toBe(lookupPerson('Vladimir Putin')!.ar);
    const smagin = b.people.find((p) => p.name.en === 'Nikita Smagin')!;
    // every word in its best learned spelling, in Arabic script
    expect(smagin.name.ar.split(' ')).toEqual(['Nikita', 'Smagin'].map((w) => arabiseCandidates(w, 1)[0]));
    expect(smagin.name.ar).toMatch(/^[\u0621-\u064A]+ [\u0621-\u064A]+$/);
    expect(smagin.name.ar.startsWith('نيكيتا')).toBe(true);
  });

  it('an Arabic query finds a person of the English article (Araqchi ~ عراقجي)', () => {
    const araqchi = b.people.find((p) => p.name.en === 'Abbas Araqchi')!;
    expect(matchPeople('عراقجي', b.people)[0]?.person).toBe(araqchi);
    expect(matchPeople('سماجين', b.people)[0]?.person.name.en).toBe('Nikita Smagin');
  });

  it('is an English briefing: English side filled, Arabic side empty', () => {
    expect(b.lang).toBe('en');
    expect(b.summary.en.length).toBeGreaterThan(0);
    expect(b.summary.ar).toEqual([]);
    expect(b.title.en).toContain('Iranian Foreign Minister');
  });
});

describe('English names with particles, ages and pronouns', () => {
  const b = parseArticle([
    'President Luiz Inácio Lula da Silva flew to the region on Thursday. He said the government would send troops.',
    'Maria Souza, 54, a retired teacher, said her house was under two metres of water.',
  ].join('\n'));

  it('keeps particles inside long names and reads roles past an age', () => {
    expect(b.people.map((p) => [p.name.en, p.role.en])).toEqual([
      ['Luiz Inácio Lula da Silva', 'President'],
      ['Maria Souza', 'a retired teacher'],
    ]);
  });

  it('gives "He said" to the person named just before', () => {
    expect(b.quotes.map((q) => q.speaker.en)).toEqual(['Luiz Inácio Lula da Silva', 'Maria Souza']);
  });
});
