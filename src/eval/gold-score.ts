/**
 * Scoring a briefing against a hand annotation (*.gold.json, the sample's format): people with
 * roles, quotes with speakers, precedents by anchor. Shared by the quality tests and `npm run eval`
 * (src/eval/evaluate.ts adds the finer figures the eval prints).
 */
import type { Briefing, Person, Quote } from '../briefing/types.ts';
import { speakerIdsOf } from '../briefing/speakers.ts';
import { normaliseAr } from '../text/normalize.ts';

export interface GoldPerson { ar?: string; en: string; role_ar?: string; role_en?: string; aliases_latin?: string[] }
export interface GoldQuote { speaker_en: string; speaker_ar?: string; unnamed?: boolean; text_start: string; kind?: 'direct' | 'indirect' | 'denial' | string }
export interface GoldPrecedent { anchor: string; year: string | null; what?: string }
export interface Gold { title?: string; /** publication date (YYYY-MM-DD) when the source gives one */ date?: string | null; people: GoldPerson[]; quotes: GoldQuote[]; precedents: GoldPrecedent[] }

export interface Counts { tp: number; predicted: number; gold: number }
export const zero = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });
export const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold });
export const precision = (c: Counts) => (c.predicted ? c.tp / c.predicted : 1);
export const recall = (c: Counts) => (c.gold ? c.tp / c.gold : 1);
export const f1 = (c: Counts) => { const p = precision(c); const r = recall(c); return p + r ? (2 * p * r) / (p + r) : 0; };

export const fold = (s: string) => normaliseAr(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
export const words = (s: string) => fold(s).split(' ').filter(Boolean).map((w) => w.replace(/^(ال|al|el)(?=\p{L}{2})/u, ''));

/** Same person: the same last name and compatible other words. */
export function sameName(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (!x.length || !y.length || x[x.length - 1] !== y[y.length - 1]) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w));
}

export function personFor(g: GoldPerson, people: readonly Person[]): Person | undefined {
  return people.find((p) => (g.ar && p.name.ar ? sameName(p.name.ar, g.ar) : sameName(p.name.en, g.en)));
}

/**
 * Share of the gold role's words the predicted role has (Arabic when the gold has it). A gold role
 * of several descriptions set apart by commas (السناتور، ديمقراطي بارز في لجنة الاستخبارات …،
 * العاهل السعودي، الملك) is met by the predicted role meeting any one of them as well: each is
 * what the article says the person is, and a role is one such description, not the sum of them.
 */
export function roleOverlap(pred: string, gold: string): number {
  const parts = gold.split(/[،,؛;]/).filter((x) => words(x).length);
  return Math.max(wordOverlap(pred, gold), ...(parts.length > 1 ? parts.map((x) => wordOverlap(pred, x)) : []));
}

/** Words a predicted role may hold beyond the gold role's words and still be right under the strict test. */
export const ROLE_EXTRA_ALLOWED = 2;

/**
 * What a predicted role holds beyond the gold's words, for the eval's strict role test: `extra` are
 * its words not among the gold role's words (any of its comma descriptions), `names` those of them
 * that are a word of another person's name in the article, or one with و before it (`others`: the other people's names; a
 * word of the person's own name, «الممثلة فان», is no other person's). The strict test
 * (`strictRoleRight`) allows ROLE_EXTRA_ALLOWED extra words (a trailing function word «يوم، قد، بعد»,
 * an honorific before a comma «الشيخ،») and no word of another person's name: a role with the next
 * person's role or name run into it («رئيس البنك الدولي وجيمي ديمون رئيس بنك …», «مدرب ألمانيا ساني
 * للتشكيلة») meets roleOverlap but is a leak.
 */
export function roleExtra(pred: string, gold: string, others: readonly string[] = [], own = ''): { extra: string[]; names: string[] } {
  const g = new Set(words(gold));
  const extra = words(pred).filter((w) => !g.has(w));
  const mine = new Set(words(own));
  const theirs = new Set(others.flatMap((n) => words(n)).filter((w) => !mine.has(w)));
  // a name joined by و («وجيمي ديمون») is the name's word too
  return { extra, names: extra.filter((w) => theirs.has(w) || (/^و\p{L}{2}/u.test(w) && theirs.has(w.slice(1)))) };
}

/**
 * The strict role test: right by the eval's test (roleOverlap ≥ 0.5; no role when the gold has none)
 * and holding at most ROLE_EXTRA_ALLOWED words beyond the gold's, none of them a word of another
 * person's name (see roleExtra).
 */
export function strictRoleRight(pred: string, gold: string, others: readonly string[] = [], own = ''): boolean {
  if (!gold) return !pred;
  if (!pred || roleOverlap(pred, gold) < 0.5) return false;
  const { extra, names } = roleExtra(pred, gold, others, own);
  return extra.length <= ROLE_EXTRA_ALLOWED && !names.length;
}

function wordOverlap(pred: string, gold: string): number {
  const g = new Set(words(gold));
  const p = new Set(words(pred));
  if (!g.size || !p.size) return 0;
  let hit = 0;
  for (const w of g) if (p.has(w)) hit++;
  return hit / g.size;
}

/**
 * The gold persons a named gold quote gives to several speakers together: its English speaker is
 * gold persons' names joined by "and" or commas ("Donald Trump and Emmanuel Macron"), each one a
 * person of the gold. Empty for a quote of one speaker (and for a name that merely holds "and").
 */
export function jointGoldPersons(g: GoldQuote, gold: Gold): GoldPerson[] {
  if (g.unnamed) return [];
  const parts = g.speaker_en.replace(/\s*\([^)]*\)\s*$/, '').split(/\s*,\s*|\s+and\s+/).map((x) => x.trim()).filter(Boolean);
  if (parts.length < 2) return [];
  const ps = parts.map((n) => gold.people.find((p) => p.en === n || (p.aliases_latin ?? []).includes(n)));
  return ps.every((p) => p) ? (ps as GoldPerson[]) : [];
}

/**
 * How many speakers a quote has: the persons who said it together (`speakerIds`), else one. A quote
 * said together is right only against a gold that gives it to as many together, and a quote of one
 * speaker is not right against a joint gold: the joint phrase «ترامب وماكرون» shares its last name
 * with «ماكرون», which the name test alone would take for the same speaker.
 */
export const speakerCount = (q: Pick<Quote, 'speakerId' | 'speakerIds'>) => Math.max(1, speakerIdsOf(q).length);

/** Whether a quote has as many speakers as its named gold gives it (one, or the joint persons). */
export const sameSpeakerCount = (q: Pick<Quote, 'speakerId' | 'speakerIds'>, g: GoldQuote, gold: Gold): boolean =>
  speakerCount(q) === Math.max(1, jointGoldPersons(g, gold).length);

export interface Score {
  people: Counts;
  roles: Counts;
  quotes: Counts;
  precedents: Counts;
  misses: string[];
}

export function score(b: Briefing, gold: Gold): Score {
  const misses: string[] = [];
  const people = { tp: 0, predicted: b.people.length, gold: gold.people.length };
  const roles = { tp: 0, predicted: 0, gold: 0 };
  const matched = new Map<GoldPerson, Person>();
  for (const g of gold.people) {
    const p = personFor(g, b.people);
    if (p) { people.tp++; matched.set(g, p); } else misses.push(`person ${g.ar ?? g.en}`);
    const goldRole = (b.lang === 'ar' ? g.role_ar : g.role_en) ?? '';
    if (goldRole) roles.gold++;
    const predRole = p ? (b.lang === 'ar' ? p.role.ar : p.role.en) : '';
    if (goldRole && predRole && roleOverlap(predRole, goldRole) >= 0.5) roles.tp++;
    else if (goldRole) misses.push(`role of ${g.ar ?? g.en}: got "${predRole}" want "${goldRole}"`);
  }
  roles.predicted = b.people.filter((p) => (b.lang === 'ar' ? p.role.ar : p.role.en)).length;
  // A predicted person that matches no gold person is a false positive.
  people.tp = Math.min(people.tp, new Set(matched.values()).size);
  for (const p of b.people) if (![...matched.values()].includes(p)) misses.push(`extra person ${p.name[b.lang] || p.name.ar || p.name.en}`);

  const quotes = { tp: 0, predicted: b.quotes.length, gold: gold.quotes.length };
  const used = new Set<string>();
  for (const g of gold.quotes) {
    const start = fold(g.text_start);
    const q = b.quotes.find((x) => !used.has(x.id) && fold(x.text).includes(start));
    if (q) used.add(q.id);
    if (!q) { misses.push(`quote "${g.text_start}"`); continue; }
    let ok: boolean;
    if (g.unnamed) {
      const want = g.speaker_ar ?? g.speaker_en;
      const got = b.lang === 'ar' ? q.speaker.ar : q.speaker.en;
      ok = q.speakerId === null && !!got && (fold(got).includes(fold(want)) || fold(want).includes(fold(got)));
    } else {
      const joint = jointGoldPersons(g, gold);
      if (joint.length) {
        // Said together: right when the quote goes to exactly these persons together.
        const want = joint.map((gp) => matched.get(gp)?.id);
        const got = speakerIdsOf(q);
        ok = want.every((id) => id && got.includes(id)) && new Set(got).size === new Set(want).size;
      } else {
        const gp = gold.people.find((p) => p.en === g.speaker_en);
        const p = gp ? matched.get(gp) : undefined;
        ok = !!p && q.speakerId === p.id;
      }
    }
    if (ok) quotes.tp++;
    else misses.push(`speaker of "${g.text_start}": got ${q.speaker[b.lang] || q.speaker.ar || q.speaker.en}, want ${g.speaker_ar ?? g.speaker_en}`);
  }

  const precedents = { tp: 0, predicted: b.precedents.length, gold: gold.precedents.length };
  for (const g of gold.precedents) {
    const a = fold(g.anchor);
    if (b.precedents.some((p) => fold(p.text.ar || p.text.en).includes(a) || fold(b.sentences[p.sentenceId]?.text ?? '').includes(a))) precedents.tp++;
    else misses.push(`precedent "${g.anchor}"`);
  }
  return { people, roles, quotes, precedents, misses };
}
