/**
 * A hand-built Arabic briefing with a quote said together (قال شكري والصفدي إن …, `speakerIds`) and
 * one said alone, for the joint36 view, command and store tests. Constructed copy.
 */
import type { Briefing, Person, Quote } from '../../src/briefing/types.ts';
import { makeBriefing } from '../digest/fixtures/briefings.ts';

export function person(id: string, ar: string, en: string, sentenceIds: number[]): Person {
  return { id, name: { ar, en }, role: { ar: '', en: '' }, aliases: [], mentions: 2, firstOffset: 0, sentenceIds, nameOrigin: 'lexicon', keys: [] };
}

export const shoukry = person('p-shoukry', 'سامح شكري', 'Sameh Shoukry', [0, 1, 2]);
export const safadi = person('p-safadi', 'أيمن الصفدي', 'Ayman Safadi', [0, 1]);

export const together: Quote = {
  id: 'q-1', text: 'الحل السياسي هو السبيل الوحيد', textEn: 'a political solution is the only way',
  speaker: { ar: 'شكري والصفدي', en: 'Sameh Shoukry and Ayman Safadi' }, speakerId: null, speakerIds: ['p-shoukry', 'p-safadi'],
  unnamed: false, kind: 'indirect', sentenceId: 1,
};
export const alone: Quote = {
  id: 'q-2', text: 'لن ندخر جهدا', textEn: 'we will spare no effort', speaker: { ar: 'سامح شكري', en: 'Sameh Shoukry' }, speakerId: 'p-shoukry',
  unnamed: false, kind: 'direct', sentenceId: 2,
};

export function briefing(quotes: Quote[]): Briefing {
  return {
    ...makeBriefing('b-joint', '2026-06-10T06:00:00Z'),
    people: [shoukry, safadi],
    quotes,
    sentences: [
      { id: 0, text: 'استقبل شكري الصفدي.', start: 0, end: 10 },
      { id: 1, text: 'وقال شكري والصفدي إن الحل السياسي هو السبيل الوحيد.', start: 11, end: 40 },
      { id: 2, text: 'وقال شكري: "لن ندخر جهدا".', start: 41, end: 60 },
    ],
  };
}

/**
 * The same briefing as parser version 14 stored it, before quotes had `speakerIds`: the pair as
 * written is the speaker, no id on the quote (plain JSON, as read back from a store).
 */
export function oldFormatBriefing(id = 'b-joint-old'): Briefing {
  const { speakerIds: _none, ...old } = together;
  return JSON.parse(JSON.stringify({ ...briefing([old, alone]), id, parserVersion: 14 })) as Briefing;
}
