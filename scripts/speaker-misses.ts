/**
 * Analysis for the speaker ranker: the found quotations whose candidates hold no right speaker,
 * classed by what the gold wants (a person the parser holds, one it holds under another spelling,
 * a person it missed; a described source whose words stand in the text or not).
 */
import { join, resolve } from 'node:path';
import { rightSpeakerAr } from '../src/eval/evaluate.ts';
import { sameName, words } from '../src/eval/gold-score.ts';
import { useSpeakerRanker } from '../src/parser/speaker-ranker.ts';
import { goldDir } from './lib/gold.ts';
import { rankedQuotes } from './lib/ranked-quotes.ts';

const root = resolve(import.meta.dirname, '..');
const corpus = goldDir(join(root, 'test/fixtures/corpus-gold'), 'corpus/');
const classes = new Map<string, string[]>();
let n = 0;
useSpeakerRanker(null);
for (const it of corpus) {
  const { gold, text, briefing: b, ranked } = rankedQuotes(it);
  for (const { g, q, options } of ranked) {
    n++;
    if (options.some((o) => rightSpeakerAr({ ...q, speaker: o.speaker, speakerId: o.speakerId, speakerIds: o.speakerIds }, g, gold))) continue;
    const want = g.speaker_ar ?? g.speaker_en;
    let cls: string;
    if (!g.unnamed) {
      const exact = b.people.find((p) => sameName(p.name.ar, want));
      const part = b.people.find((p) => words(p.name.ar).some((w) => words(want).includes(w) && w.length > 2));
      cls = exact ? 'person: held, not a candidate' : part ? `person: held as ${part.name.ar}` : text.includes(want) ? 'person: missed, name in text' : 'person: missed';
    } else {
      const ws = words(want);
      cls = text.includes(want) ? 'unnamed: in text' : ws.length && ws.every((w) => text.includes(w)) ? 'unnamed: words in text' : 'unnamed: not in text';
    }
    const line = `${it.id}: ${want}  [cands: ${options.map((o) => o.speaker.ar).join(' | ')}] «${g.text_start.slice(0, 30)}»`;
    classes.set(cls, [...(classes.get(cls) ?? []), line]);
  }
}
for (const [k, v] of [...classes].sort((x, y) => y[1].length - x[1].length)) {
  console.log(`${v.length}\t${k}`);
  for (const l of v) console.log(`    ${l}`);
}
console.log(`${n} found quotes`);
