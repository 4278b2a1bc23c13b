/** Each rule of the English gist on a briefing of its own (no article text needed). */
import { describe, expect, it } from 'vitest';
import type { Briefing, Person, Quote } from '../../src/briefing/types.ts';
import { englishGist } from '../../src/parser/summary-gist.ts';

function person(id: string, en: string, role: string, mentions: number): Person {
  return { id, name: { ar: 'اسم', en }, role: { ar: '', en: role }, aliases: [], mentions, firstOffset: mentions, sentenceIds: [], nameOrigin: 'lexicon', keys: [] };
}
function quote(speakerId: string): Quote {
  return { id: `q-${Math.random()}`, text: 'نص', textEn: '', speaker: { ar: '', en: '' }, speakerId, unnamed: false, kind: 'direct', sentenceId: 0 };
}
function briefing(parts: Partial<Omit<Briefing, 'title'>> & { points?: string[]; title?: string }): Parameters<typeof englishGist>[0] {
  return {
    title: { ar: parts.title ?? '', en: '' },
    summary: { ar: parts.points ?? [], en: [] },
    people: parts.people ?? [],
    quotes: parts.quotes ?? [],
    timeline: parts.timeline ?? [],
    sentences: [],
    meta: parts.meta ?? {},
  };
}

describe('English gist', () => {
  it('names the kind of event and the places, in English', () => {
    const g = englishGist(briefing({ title: 'وفاة مغنية شهيرة في القاهرة', points: ['توفيت المغنية في مصر عن عمر ناهز 80 عاما.'] }));
    expect(g[0]).toBe('A news report on a death involving Cairo and Egypt.');
  });

  it('says a plain news report when no kind is recognised, and still says it in English', () => {
    expect(englishGist(briefing({ points: ['نص قصير بلا دلالة.'] }))[0]).toBe('A news report.');
  });

  it('counts a quote said together (speakerIds) for each of its speakers', () => {
    const a = person('p-a', 'Sameh Shoukry', '', 1);
    const b = person('p-b', 'Ayman Safadi', '', 1);
    const together: Quote = { ...quote('p-a'), speakerId: null, speakerIds: ['p-a', 'p-b'] };
    const g = englishGist(briefing({ people: [a, b], quotes: [together] }));
    expect(g).toContain('Sameh Shoukry is quoted once.');
    expect(g).toContain('Ayman Safadi is quoted once.');
  });

  it('gives people with their English names and roles, quoted or mentioned, subject first', () => {
    const putin = person('p-putin', 'Vladimir Putin', 'President of Russia', 2);
    const analyst = person('p-a', 'Sara Haddad', '', 1);
    const g = englishGist(briefing({ people: [analyst, putin], quotes: [quote('p-putin'), quote('p-putin'), quote('p-putin')] }));
    expect(g).toContain('Vladimir Putin, President of Russia, is quoted 3 times.');
    expect(g).toContain('Sara Haddad is mentioned once.');
    expect(g.indexOf('Vladimir Putin, President of Russia, is quoted 3 times.')).toBeLessThan(g.indexOf('Sara Haddad is mentioned once.'));
  });

  it('leaves out people with no English name (never Arabic script in the gist)', () => {
    const g = englishGist(briefing({ people: [{ ...person('p-x', '', '', 5) }] }));
    expect(g.join(' ')).not.toMatch(/[\u0600-\u06FF]/);
  });

  it('gives dates from the timeline and the publication date', () => {
    const timeline = [{ id: 't1', when: { ar: 'يوم الاثنين', en: 'Monday' }, date: null, text: { ar: '', en: '' }, sentenceId: 0 }];
    expect(englishGist(briefing({ timeline }))).toContain('Dates named: Monday.');
    expect(englishGist(briefing({ timeline, meta: { publishedAt: '2018-03-17T10:00:00Z' } }))).toContain('Published 2018-03-17; dates named: Monday.');
  });

  it('gives the figures of the points with their units, not years', () => {
    const g = englishGist(briefing({ points: ['خصصت الحكومة 40 مليار دولار للمشروع عام 2019.', 'وارتفع التضخم إلى 12 في المئة.', 'وقتل 7 أشخاص في الحادث.'] }));
    expect(g).toContain('Figures: 40 billion dollars, 12 percent and 7 people.');
  });

  it('reads Arabic-Indic digits', () => {
    expect(englishGist(briefing({ points: ['أصيب ٣٥ شخصا.'] }))).toContain('Figures: 35 people.');
  });
});
