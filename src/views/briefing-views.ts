/**
 * Reply blocks built from a briefing, shared by the commands, the digest and inline results.
 * Article free text is shown in the reply language when available, else in the original,
 * marked as such (never an invented translation).
 */
import type { Bi, Briefing, Lang, Person, Quote } from '../briefing/types.ts';
import { isolate, originalMark, show } from '../core/bilingual.ts';
import { tr } from '../core/i18n.ts';
import { heading, list, note, quote, text, type Block } from '../reply/model.ts';
import { L } from './labels.ts';

/** Display name in the reply language: English name for English replies, the Arabic as written otherwise. */
export function personName(p: Pick<Person, 'name'>, lang: Lang): string {
  return show(p.name, lang).text;
}

export function personRole(p: Pick<Person, 'role'>, lang: Lang): string {
  const r = show(p.role, lang);
  if (!r.text) return '';
  return r.text;
}

export function speakerName(q: Quote, lang: Lang): string {
  const s = show(q.speaker, lang).text;
  return s || tr(lang, L.unnamedSource);
}

export function title(b: Briefing, lang: Lang): string {
  return show(b.title, lang).text || tr(lang, L.untitled);
}

/** Free text in the reply language, collecting whether any original-language text was used. */
export class FreeText {
  usedOriginal = false;
  constructor(private readonly lang: Lang) {}
  pick(bi: Bi): string {
    const s = show(bi, this.lang);
    if (s.original) this.usedOriginal = true;
    return s.text;
  }
  /** The discreet mark added once at the end of a reply that shows untranslated text. */
  marks(): Block[] {
    return this.usedOriginal ? [note(originalMark(this.lang))] : [];
  }
}

/** In an Arabic reply, Latin runs are isolated so the line keeps reading right-to-left. */
export function bidiSafe(s: string, lang: Lang): string {
  return lang === 'ar' && /^[^\u0600-\u06FF]*[A-Za-z]/.test(s) ? isolate(s) : s;
}

export function summaryPoints(b: Briefing, lang: Lang, max = 5): { points: string[]; original: boolean } {
  const mine = b.summary[lang].filter((s) => s.trim());
  if (mine.length) return { points: mine.slice(0, max), original: false };
  const other = b.summary[lang === 'en' ? 'ar' : 'en'].filter((s) => s.trim());
  return { points: other.slice(0, max), original: other.length > 0 };
}

export function summaryBlocks(b: Briefing, lang: Lang, max = 5): Block[] {
  const { points, original } = summaryPoints(b, lang, max);
  const blocks: Block[] = [heading(`${tr(lang, L.summary)}: ${title(b, lang)}`)];
  blocks.push(points.length ? list(points) : text(tr(lang, L.none)));
  if (original) blocks.push(note(originalMark(lang)));
  return blocks;
}

/** The person card: name, role, mentions, what they said and what the article says of them. */
export function personCard(b: Briefing, p: Person, lang: Lang): Block[] {
  const ft = new FreeText(lang);
  const role = personRole(p, lang);
  const blocks: Block[] = [heading(personName(p, lang))];
  const other = lang === 'en' ? p.name.ar : p.name.en;
  const line = [role || tr(lang, L.noRole), other && other !== personName(p, lang) ? `(${other})` : '', tr(lang, L.mentions, { n: p.mentions })]
    .filter(Boolean)
    .join(' · ');
  blocks.push(text(bidiSafe(line, lang)));
  const said = b.quotes.filter((q) => q.speakerId === p.id).slice(0, 2);
  for (const q of said) blocks.push(quote(ft.pick({ ar: b.lang === 'ar' ? q.text : '', en: b.lang === 'en' ? q.text : q.textEn })));
  const quoteSentences = new Set(said.map((q) => q.sentenceId));
  const did = p.sentenceIds
    .filter((id) => !quoteSentences.has(id))
    .slice(0, 2)
    .map((id) => b.sentences.find((s) => s.id === id)?.text ?? '')
    .filter(Boolean)
    .map((s) => ft.pick(b.lang === 'ar' ? { ar: clip(s), en: '' } : { ar: '', en: clip(s) }));
  if (did.length) blocks.push(text(`${tr(lang, L.inArticle)}:`), list(did));
  blocks.push(...ft.marks());
  return blocks;
}

/** Shorten a sentence to a readable point, cutting at a word boundary. */
export function clip(s: string, max = 220): string {
  const t = s.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max * 0.6 ? cut.slice(0, sp) : cut).trim()}…`;
}
