/**
 * Applying an editor overlay to a briefing: returns a new briefing (the stored parser output is
 * never touched). Entries are looked up by content-derived keys (see ids.ts). Editor text is
 * human text: it clears any machine-translation mark on that side. Entries whose key is not in
 * the briefing are ignored here and reported by `mujaz review`.
 */
import type { Bi, Briefing, Lang, Person, Quote, Sentence } from '../briefing/types.ts';
import { joinNames } from '../briefing/speakers.ts';
import { phoneticKeys } from '../names/index.ts';
import { itemKeys, SECTIONS } from './ids.ts';
import type { BiPatch, Overlay } from './schema.ts';

const LANGS: Lang[] = ['ar', 'en'];

const other = (l: Lang): Lang => (l === 'ar' ? 'en' : 'ar');

function given(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t ? t : undefined;
}

function withoutMachine<T extends { machine?: unknown }>(x: T): T {
  if (x.machine === undefined) return x;
  const { machine: _drop, ...rest } = x;
  return rest as T;
}

/** A Bi with the overlay's non-empty sides written over it. */
export function patchBi(bi: Bi, p: BiPatch | undefined): Bi {
  if (!p) return bi;
  let out = bi;
  for (const l of LANGS) {
    const v = given(p[l]);
    if (v === undefined || (v === bi[l] && bi.machine !== l)) continue;
    out = { ...out, [l]: v };
    if (out.machine === l) out = withoutMachine(out);
  }
  return out;
}

type Entries<K extends keyof Overlay> = NonNullable<Overlay[K]> extends Record<string, infer E> ? E : never;

function patchPerson(p: Person, e: Entries<'people'> | undefined): Person {
  if (!e) return p;
  const name = patchBi(p.name, e.name);
  const role = patchBi(p.role, e.role);
  const extra = (e.aliases ?? []).map((a) => a.trim()).filter(Boolean);
  // A corrected name must still be found by /who, and so must the spelling it replaced.
  for (const l of LANGS) if (name[l] !== p.name[l]) extra.push(name[l], p.name[l]);
  const added = extra.filter((a) => a && !p.aliases.includes(a));
  if (name === p.name && role === p.role && !added.length) return p;
  return {
    ...p,
    name,
    role,
    aliases: [...new Set([...p.aliases, ...added])],
    keys: added.length ? [...new Set([...p.keys, ...added.flatMap((a) => phoneticKeys(a))])] : p.keys,
    nameOrigin: name.en !== p.name.en ? 'overlay' : p.nameOrigin,
  };
}

function patchQuote(
  lang: Lang,
  q: Quote,
  e: Entries<'quotes'> | undefined,
  renamed: Map<string, Partial<Bi>>,
  personByKey: Map<string, Person>,
  personById: Map<string, Person>,
): Quote {
  let out = q;
  const to = e?.person ? personByKey.get(e.person) : undefined;
  if (to) {
    // (the editor gives the quote to one person: no longer said together)
    const { speakerIds: _together, ...alone } = out;
    out = { ...alone, speakerId: to.id, speaker: { ar: to.name.ar, en: to.name.en }, unnamed: false };
    if (e?.speaker) out = { ...out, speaker: patchBi(out.speaker, e.speaker) };
    return patchQuoteText(lang, out, e);
  }
  // A speaker's corrected name carries over to their quotes; to a quote said together, as all
  // the names joined again in each language where one of them changed.
  const changed = q.speakerId ? renamed.get(q.speakerId) : undefined;
  if (changed) out = { ...out, speaker: { ...out.speaker, ...changed } };
  const together = q.speakerId ? [] : (q.speakerIds ?? []);
  const members = together.map((id) => personById.get(id));
  if (together.some((id) => renamed.has(id)) && members.every((p) => !!p)) {
    const joined: Partial<Bi> = {};
    for (const l of LANGS) if (together.some((id) => renamed.get(id)?.[l] !== undefined)) joined[l] = joinNames(members.map((p) => p!.name[l]), l);
    out = { ...out, speaker: { ...out.speaker, ...joined } };
  }
  if (!e) return out;
  if (e.speaker) out = { ...out, speaker: patchBi(out.speaker, e.speaker) };
  return patchQuoteText(lang, out, e);
}

function patchQuoteText(lang: Lang, q: Quote, e: Entries<'quotes'> | undefined): Quote {
  if (!e) return q;
  let out = q;
  const orig = given(e[lang]);
  if (orig) out = { ...out, text: orig };
  const tr = given(e[other(lang)]);
  if (tr) out = withoutMachine(lang === 'ar' ? { ...out, textEn: tr } : { ...out, textAr: tr });
  return out;
}

function patchSentence(lang: Lang, s: Sentence, e: Entries<'sentences'> | undefined): Sentence {
  if (!e) return s;
  const orig = given(e[lang]);
  const tr = given(e[other(lang)]);
  let out = orig ? { ...s, text: orig } : s;
  if (tr) out = withoutMachine({ ...out, translation: tr });
  return out;
}

function patchSummary(b: Briefing, keys: string[], entries: Overlay['summary']): Briefing['summary'] {
  if (!entries) return b.summary;
  const src = b.lang;
  const tgt = other(src);
  const hits = keys.map((k) => entries[k]);
  if (!hits.some((e) => e && (given(e.ar) || given(e.en)))) return b.summary;
  const srcPoints = b.summary[src].map((p, i) => given(hits[i]?.[src]) ?? p);
  // Human point-by-point text wins over a machine summary of another shape; points the overlay
  // leaves out fall back to the original, which replies mark.
  const prev = b.summary[tgt];
  const prevHuman = prev.length === srcPoints.length && b.summary.machine !== tgt;
  const tgtPoints = srcPoints.map((_, i) => given(hits[i]?.[tgt]) ?? (prevHuman ? prev[i]! : ''));
  return src === 'ar' ? { ar: srcPoints, en: tgtPoints } : { ar: tgtPoints, en: srcPoints };
}

export function applyOverlay(b: Briefing, o: Overlay): Briefing {
  const keys = itemKeys(b);
  const renamed = new Map<string, Partial<Bi>>();
  const oldNames = new Map<string, string>();
  const people = b.people.map((p, i) => {
    const np = patchPerson(p, o.people?.[keys.people[i]!]);
    const changed: Partial<Bi> = {};
    for (const l of LANGS) if (np.name[l] !== p.name[l]) changed[l] = np.name[l];
    if (Object.keys(changed).length) renamed.set(p.id, changed);
    if (changed.en && p.name.en) oldNames.set(p.name.en, changed.en);
    return np;
  });
  const personByKey = new Map(people.map((p, i) => [keys.people[i]!, p]));
  const personById = new Map(people.map((p) => [p.id, p]));
  return {
    ...b,
    title: patchBi(b.title, o.title),
    summary: patchSummary(b, keys.summary, o.summary),
    people,
    quotes: b.quotes.map((q, i) => patchQuote(b.lang, q, o.quotes?.[keys.quotes[i]!], renamed, personByKey, personById)),
    precedents: b.precedents.map((p, i) => {
      const e = o.precedents?.[keys.precedents[i]!];
      return e ? { ...p, text: patchBi(p.text, e) } : p;
    }),
    timeline: b.timeline.map((t, i) => {
      const e = o.timeline?.[keys.timeline[i]!];
      return e ? { ...t, text: patchBi(t.text, e), when: patchBi(t.when, e.when) } : t;
    }),
    sources: b.sources.map((s, i) => {
      const e = o.sources?.[keys.sources[i]!];
      // An analyst listed among the sources carries the corrected spelling of their name too.
      const carried = oldNames.get(s.name.en);
      const base = carried ? { ...s, name: { ...s.name, en: carried } } : s;
      return e ? { ...base, name: patchBi(base.name, e.name) } : base;
    }),
    sentences: b.sentences.map((s, i) => patchSentence(b.lang, s, o.sentences?.[keys.sentences[i]!])),
  };
}

/** Overlay entries whose key matches nothing in the briefing (the article or the parser changed). */
export function staleEntries(b: Briefing, o: Overlay): string[] {
  const keys = itemKeys(b);
  const out: string[] = [];
  for (const section of SECTIONS) {
    const known = new Set(keys[section]);
    for (const k of Object.keys(o[section] ?? {})) if (!known.has(k)) out.push(`${section}.${k}`);
  }
  const people = new Set(keys.people);
  for (const [k, e] of Object.entries(o.quotes ?? {})) if (e.person && !people.has(e.person)) out.push(`quotes.${k}.person (${e.person})`);
  return out;
}
