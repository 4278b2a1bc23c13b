import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/briefing/types.ts';
import { parseArticle, segmentArticle } from '../../src/parser/index.ts';
import { PersonIndex } from '../../src/parser/person-index.ts';
import { knownNormReading } from '../../src/parser/word-info.ts';

const person = (id: string, ar: string, en: string): Person => ({
  id, name: { ar, en }, role: { ar: '', en: '' }, aliases: [], mentions: 1, firstOffset: 0, sentenceIds: [0], nameOrigin: 'lexicon', keys: [],
});

describe('PersonIndex', () => {
  // (the index keeps each normal form's reading: asked again, and for another token of the same
  // form, it answers as the clitic readings tried afresh would)
  it('answers at, prefixAt and allAt the same on every asking and for every token of a form', () => {
    const people = [person('p-1', 'سيرغي لافروف', 'Sergei Lavrov'), person('p-2', 'عباس عراقجي', 'Abbas Araghchi'), person('p-3', 'محمد عراقجي', 'Mohammad Araghchi')];
    const index = new PersonIndex(people);
    const { toks } = segmentArticle('قال لافروف ولعراقجي إن عراقجي التقى بلافروف، وقال الوزير لعراقجي كلاما آخر.');
    const first = toks.map((t) => [index.at(t)?.id ?? null, index.prefixAt(t), index.allAt(t).map((p) => p.id)]);
    for (let round = 0; round < 2; round++) expect(toks.map((t) => [index.at(t)?.id ?? null, index.prefixAt(t), index.allAt(t).map((p) => p.id)])).toEqual(first);
    const at = (w: string) => first[toks.findIndex((t) => t.text === w)]!;
    expect(at('ولعراقجي')).toEqual(['p-2', 'ول', ['p-2', 'p-3']]);
    expect(at('بلافروف')).toEqual(['p-1', 'ب', ['p-1']]);
    expect(at('الوزير')).toEqual([null, '', []]);
    // (a token copied with its normal form only, no text record: the same reading)
    const bare = { ...toks.find((t) => t.text === 'لعراقجي')!, tinfo: undefined };
    expect(index.prefixAt(bare)).toBe('ل');
    expect(knownNormReading(bare, new Set(['عراقجي']))?.stem).toBe('عراقجي');
  });

  // (على folds into the name علي under the full fold; a function word names no one unless it
  // stands inside the name it belongs to)
  it('takes no function word for a name word, except inside the name', () => {
    const people = [person('p-1', 'علي العريض', 'Ali Laarayedh'), person('p-2', 'صلاح حسب الله', 'Salah Hasballah'), person('p-3', 'باسم حمدان', 'Basem Hamdan')];
    const { toks } = segmentArticle('وشدد الرئيس على أن علي العريض التقى صلاح حسب الله، وقال المتحدث باسم الوزارة حسب البيان إن باسم غادر.');
    const index = new PersonIndex(people, toks);
    const ids = (w: string) => toks.filter((t) => t.text === w).map((t) => index.at(t)?.id ?? null);
    expect(ids('على')).toEqual([null]);
    expect(ids('علي')).toEqual(['p-1']);
    expect(ids('حسب')).toEqual(['p-2', null]);
    expect(ids('باسم')).toEqual([null, null]);
    // (without the article's tokens no neighbour can vouch for one)
    expect(toks.filter((t) => t.text === 'حسب').map((t) => new PersonIndex(people).at(t))).toEqual([null, null]);
  });

  // (a shared given name followed by another person's surname is that other person, not the one the
  // index prefers for the word alone)
  it('reads a word several names share by the name word beside it', () => {
    const people = [person('p-1', 'فلاديمير بوتين', 'Vladimir Putin'), person('p-2', 'فلاديمير تيموشكوف', 'Vladimir Timoshkov')];
    const { toks } = segmentArticle('وقال فلاديمير تيموشكوف إن صديقه التقى فلاديمير بوتين، ثم قال فلاديمير إن اللقاء كان وديا.');
    const index = new PersonIndex(people, toks);
    expect(toks.filter((t) => t.text === 'فلاديمير').map((t) => index.at(t)?.id)).toEqual(['p-2', 'p-1', 'p-1']);
    // (the speaker the quotation reader names from it)
    const { quotes } = parseArticle('قال الرئيس الروسي فلاديمير بوتين إن بلاده لن تتراجع.\n\nوقال فلاديمير تيموشكوف إن صديقه انتقل للعيش في بريطانيا.');
    expect(quotes.map((q) => q.speaker.ar)).toEqual(['فلاديمير بوتين', 'فلاديمير تيموشكوف']);
  });
});
