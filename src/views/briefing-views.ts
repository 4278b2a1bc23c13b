/**
 * Reply blocks built from a briefing, shared by the commands, the digest and inline results.
 * Article free text is shown in the reply language when available, else in the original,
 * marked as such (never an invented translation).
 */
import { saidBy } from '../briefing/speakers.ts';
import type { Bi, Briefing, Lang, Person, Quote, Sentence } from '../briefing/types.ts';
import { isolate, machineMark, originalMark, show } from '../core/bilingual.ts';
import { tr } from '../core/i18n.ts';
import { heading, list, note, quote, text, type Block } from '../reply/model.ts';
import { L } from './labels.ts';

/** Display name in the reply language: English name for English replies, the Arabic as written otherwise. */
export function personName(p: Pick<Person, 'name'>, lang: Lang): string {
  return show(p.name, lang).text;
}

/** The role in the reply language; a role only known in the other language carries the untranslated tag. */
export function personRole(p: Pick<Person, 'role'>, lang: Lang): string {
  const r = show(p.role, lang);
  if (!r.text) return '';
  return r.original ? `${r.text} ${untranslatedTag(lang)}` : r.text;
}

export function speakerName(q: Quote, lang: Lang): string {
  if (q.unattributed) return tr(lang, L.unattributed);
  const s = show(q.speaker, lang).text;
  return s || tr(lang, L.unnamedSource);
}

/**
 * A statement as a reply block, by its kind: only direct speech stands in quotation marks with its
 * speaker; indirect speech is shown as reported ("X said that …") and a denial as a denial
 * ("X denied that …"), never as the speaker's own words. The untranslated tag, when any, closes the item.
 */
export function statementBlock(b: Pick<Briefing, 'lang'>, q: Quote, lang: Lang, ft: FreeText, max = 400): Block {
  const body = clip(ft.pick(quoteText(b, q)), max);
  const who = bidiSafe(q.unattributed ? tr(lang, L.unattributed) : ft.pick(q.speaker) || tr(lang, L.unnamedSource), lang);
  if (q.kind === 'direct') return quote(body, ft.tagged(who));
  return text(ft.tagged(tr(lang, q.kind === 'denial' ? L.deniedThat : L.saidThat, { who, text: body })));
}

export function title(b: Briefing, lang: Lang): string {
  return show(b.title, lang).text || tr(lang, L.untitled);
}

/** The title as a list item, clipped to `max`: tagged when only the other language has it. */
export function titleItem(b: Briefing, lang: Lang, max = Infinity): string {
  const t = show(b.title, lang);
  const s = clip(t.text || tr(lang, L.untitled), max);
  return t.original ? `${s} ${untranslatedTag(lang)}` : s;
}

/**
 * Free text in the reply language, collecting whether any original-language or machine text was
 * used. In a list, each item that shows untranslated text carries the untranslated tag itself
 * (`Yulia — ابنته [Arabic]`), so the reader knows which items are not in their language.
 */
export class FreeText {
  usedOriginal = false;
  usedMachine = false;
  /** An untranslated text was picked since the last `tagged` item. */
  private pending = false;
  constructor(private readonly lang: Lang) {}
  pick(bi: Bi): string {
    const s = show(bi, this.lang);
    if (s.original) this.usedOriginal = this.pending = true;
    if (s.machine) this.usedMachine = true;
    return s.text;
  }
  /** An item built from picked texts: tagged when any of them was untranslated. */
  tagged(item: string): string {
    const t = this.pending ? `${item} ${untranslatedTag(this.lang)}` : item;
    this.pending = false;
    return t;
  }
  /** Text already known to be in the original language (e.g. a summary point), tagged as such. */
  original(item: string): string {
    this.usedOriginal = true;
    return `${item} ${untranslatedTag(this.lang)}`;
  }
  /** One text as a list item: picked, clipped, tagged when untranslated. */
  item(bi: Bi, max?: number): string {
    return this.tagged(clip(this.pick(bi), max));
  }
  /** The discreet marks added once at the end of a reply that shows untranslated or machine-translated text. */
  marks(): Block[] {
    const out: Block[] = [];
    if (this.usedOriginal) out.push(...untranslatedNote(this.lang, [untranslatedTag(this.lang)]));
    if (this.usedMachine) out.push(note(machineMark(this.lang)));
    return out;
  }
}

/** The per-item mark of text shown in the original language: "[Arabic]" in English replies. */
export function untranslatedTag(lang: Lang): string {
  return tr(lang, L.untranslatedTag);
}

/** What the tag means, once per reply, when any of these items carries it. */
export function untranslatedNote(lang: Lang, items: readonly string[]): Block[] {
  const tag = untranslatedTag(lang);
  return items.some((i) => i.includes(tag)) ? [note(tr(lang, L.taggedOriginal, { tag }))] : [];
}

/** "mentioned 3×" / «ذُكر 3 مرات»: Arabic counted nouns follow the plural rules of Intl.PluralRules('ar'). */
export function mentionsText(n: number, lang: Lang): string {
  if (lang === 'en') return tr(lang, L.mentions, { n });
  return `ذُكر ${timesAr(n)}`;
}

const AR_PLURAL = new Intl.PluralRules('ar');

/** مرة واحدة، مرتين، 3 مرات، 11 مرة، 100 مرة. */
export function timesAr(n: number): string {
  switch (AR_PLURAL.select(n)) {
    case 'one':
      return 'مرة واحدة';
    case 'two':
      return 'مرتين';
    case 'few':
      return `${n} مرات`;
    default:
      return `${n} مرة`;
  }
}

/** A quote in both languages: the verbatim text on the article's side, its translation (if any) on the other. */
export function quoteText(b: Pick<Briefing, 'lang'>, q: Quote): Bi {
  const bi: Bi = b.lang === 'ar' ? { ar: q.text, en: q.textEn } : { ar: q.textAr ?? '', en: q.text };
  return q.machine ? { ...bi, machine: q.machine } : bi;
}

/** A sentence in both languages (its translation, when known, on the other side). */
export function sentenceText(b: Pick<Briefing, 'lang'>, s: Sentence): Bi {
  const tr = s.translation ?? '';
  const bi: Bi = b.lang === 'ar' ? { ar: s.text, en: tr } : { ar: tr, en: s.text };
  return s.machine && tr ? { ...bi, machine: b.lang === 'ar' ? 'en' : 'ar' } : bi;
}

/** In an Arabic reply, Latin runs are isolated so the line keeps reading right-to-left. */
export function bidiSafe(s: string, lang: Lang): string {
  return lang === 'ar' && /^[^\u0600-\u06FF]*[A-Za-z]/.test(s) ? isolate(s) : s;
}

export function summaryPoints(b: Briefing, lang: Lang, max = 5): { points: string[]; original: boolean; machine: boolean } {
  const otherLang: Lang = lang === 'en' ? 'ar' : 'en';
  const mineAll = b.summary[lang];
  const otherAll = b.summary[otherLang];
  const machine = b.summary.machine === lang;
  if (mineAll.some((s) => s.trim())) {
    // Point-by-point translations (an overlay that covers some points): the rest stays in the original.
    if (mineAll.length === otherAll.length) {
      const points = mineAll.map((s, i) => s.trim() || otherAll[i]!.trim()).filter(Boolean).slice(0, max);
      const original = mineAll.slice(0, points.length).some((s, i) => !s.trim() && otherAll[i]!.trim());
      return { points, original, machine };
    }
    return { points: mineAll.filter((s) => s.trim()).slice(0, max), original: false, machine };
  }
  const other = otherAll.filter((s) => s.trim());
  return { points: other.slice(0, max), original: other.length > 0, machine: other.length > 0 && b.summary.machine === otherLang };
}

export function summaryBlocks(b: Briefing, lang: Lang, max = 5): Block[] {
  const { points, original, machine } = summaryPoints(b, lang, max);
  const t = show(b.title, lang);
  const blocks: Block[] = [heading(`${tr(lang, L.summary)}: ${t.text || tr(lang, L.untitled)}`)];
  blocks.push(points.length ? list(points) : text(tr(lang, L.none)));
  if (original) blocks.push(note(originalMark(lang)));
  if (machine || t.machine) blocks.push(note(machineMark(lang)));
  return blocks;
}

/** The person card: name, role, mentions, what they said and what the article says of them. */
export function personCard(b: Briefing, p: Person, lang: Lang): Block[] {
  const ft = new FreeText(lang);
  const blocks: Block[] = [heading(personName(p, lang))];
  const role = ft.tagged(ft.pick(p.role));
  const other = lang === 'en' ? p.name.ar : p.name.en;
  const line = [role || tr(lang, L.noRole), other && other !== personName(p, lang) ? `(${other})` : '', mentionsText(p.mentions, lang)]
    .filter(Boolean)
    .join(' · ');
  blocks.push(text(bidiSafe(line, lang)));
  // (a quote said together, قال X وY إن, is each one's: it reads "X and Y said that …" on both cards)
  const said = b.quotes.filter((q) => saidBy(q, p.id)).slice(0, 2);
  for (const q of said) blocks.push(statementBlock(b, q, lang, ft));
  const quoteSentences = new Set(said.map((q) => q.sentenceId));
  const did = p.sentenceIds
    .filter((id) => !quoteSentences.has(id))
    .slice(0, 2)
    .map((id) => b.sentences.find((s) => s.id === id))
    .filter((s): s is Sentence => !!s && s.text.trim() !== '')
    .map((s) => ft.item(sentenceText(b, s)));
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
