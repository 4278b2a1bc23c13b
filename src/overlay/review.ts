/**
 * The editor's review sheet and overlay template. The sheet lists every item with its text in
 * both languages and where each side comes from (parser, editor, machine) or that it is
 * missing; the template is an overlay skeleton with every key and a blank for each side to
 * write, keeping whatever an existing overlay already says.
 */
import type { Bi, Briefing, Lang } from '../briefing/types.ts';
import { quoteText, sentenceText } from '../views/briefing-views.ts';
import { applyOverlay, staleEntries } from './apply.ts';
import { itemKeys, type OverlaySection } from './ids.ts';
import type { Overlay } from './schema.ts';
import type { OverlayState } from './store.ts';

export type Origin = 'parser' | 'editor' | 'machine' | 'missing';

export interface ReviewField {
  /** "title", "quotes.q-1a2b3c4d", "people.p-…", with ".role" etc. for a second field of one item. */
  path: string;
  label: string;
  ar: string;
  en: string;
  origin: Record<Lang, Origin>;
}

export interface Review {
  briefing: Briefing;
  /** The side editors are asked to fill: English for Arabic articles, Arabic for English ones. */
  target: Lang;
  fields: ReviewField[];
  missing: string[];
  machineOnly: string[];
  stale: string[];
  overlay: OverlayState;
}

const NAMES: Record<Lang, string> = { ar: 'Arabic', en: 'English' };

function origin(raw: string, mid: string, fin: string, machine: boolean): Origin {
  if (!fin.trim()) return 'missing';
  if (fin !== mid) return 'editor';
  if (machine) return 'machine';
  return raw === fin ? 'parser' : 'editor';
}

/** The fields of a briefing, in display order, with the getter that reads each from any version of it. */
function fieldGetters(b: Briefing): Array<{ path: string; label: string; get: (x: Briefing) => Bi | undefined }> {
  const k = itemKeys(b);
  const cardSentences = new Set(b.people.flatMap((p) => p.sentenceIds));
  const out: Array<{ path: string; label: string; get: (x: Briefing) => Bi | undefined }> = [];
  out.push({ path: 'title', label: 'title', get: (x) => x.title });
  b.summary[b.lang].forEach((_, i) =>
    out.push({
      path: `summary.${k.summary[i]}`,
      label: `summary point ${i + 1}`,
      get: (x) => ({
        ar: x.summary.ar.length === b.summary[b.lang].length || b.lang === 'ar' ? (x.summary.ar[i] ?? '') : '',
        en: x.summary.en.length === b.summary[b.lang].length || b.lang === 'en' ? (x.summary.en[i] ?? '') : '',
        ...(x.summary.machine ? { machine: x.summary.machine } : {}),
      }),
    }),
  );
  b.people.forEach((p, i) => {
    out.push({ path: `people.${k.people[i]}.name`, label: `person ${p.id}: name`, get: (x) => x.people[i]?.name });
    out.push({ path: `people.${k.people[i]}.role`, label: `person ${p.id}: role`, get: (x) => x.people[i]?.role });
  });
  b.quotes.forEach((q, i) => {
    out.push({ path: `quotes.${k.quotes[i]}`, label: `quote ${q.id}`, get: (x) => (x.quotes[i] ? quoteText(x, x.quotes[i]!) : undefined) });
    out.push({ path: `quotes.${k.quotes[i]}.speaker`, label: `quote ${q.id}: speaker`, get: (x) => x.quotes[i]?.speaker });
  });
  b.precedents.forEach((p, i) =>
    out.push({ path: `precedents.${k.precedents[i]}`, label: `precedent ${p.id}${p.years.length ? ` (${p.years.join(', ')})` : ''}`, get: (x) => x.precedents[i]?.text }),
  );
  b.timeline.forEach((t, i) => {
    out.push({ path: `timeline.${k.timeline[i]}.when`, label: `timeline ${t.id}: when`, get: (x) => x.timeline[i]?.when });
    out.push({ path: `timeline.${k.timeline[i]}`, label: `timeline ${t.id}`, get: (x) => x.timeline[i]?.text });
  });
  b.sources.forEach((s, i) => out.push({ path: `sources.${k.sources[i]}`, label: `source ${s.id} (${s.kind})`, get: (x) => x.sources[i]?.name }));
  b.sentences.forEach((s, i) => {
    if (cardSentences.has(s.id))
      out.push({ path: `sentences.${k.sentences[i]}`, label: `sentence ${s.id} (person cards)`, get: (x) => (x.sentences[i] ? sentenceText(x, x.sentences[i]!) : undefined) });
  });
  return out;
}

/**
 * @param raw the briefing as parsed; @param withMachine the same with cached machine
 * translations filled in (or `raw` when there are none).
 */
export function review(raw: Briefing, withMachine: Briefing, overlay: OverlayState): Review {
  const fin = overlay.status === 'ok' ? applyOverlay(withMachine, overlay.overlay) : withMachine;
  const target: Lang = raw.lang === 'ar' ? 'en' : 'ar';
  const fields: ReviewField[] = [];
  for (const g of fieldGetters(raw)) {
    const r = g.get(raw) ?? { ar: '', en: '' };
    const m = g.get(withMachine) ?? r;
    const f = g.get(fin) ?? m;
    fields.push({
      path: g.path,
      label: g.label,
      ar: f.ar,
      en: f.en,
      origin: { ar: origin(r.ar, m.ar, f.ar, f.machine === 'ar'), en: origin(r.en, m.en, f.en, f.machine === 'en') },
    });
  }
  // A machine summary is written as a whole, not point by point: the points it covers say so.
  if (fin.summary.machine === target && fin.summary[target].length !== raw.summary[raw.lang].length)
    for (const f of fields)
      if (f.path.startsWith('summary.') && f.origin[target] === 'missing') {
        f[target] = '(see the machine summary below)';
        f.origin[target] = 'machine';
      }
  // A role or speaker the article does not give has nothing to translate: not "missing".
  const wanted = fields.filter((f) => f[raw.lang].trim() || f.origin[target] === 'editor');
  return {
    briefing: fin,
    target,
    fields,
    missing: wanted.filter((f) => f.origin[target] === 'missing').map((f) => f.path),
    machineOnly: wanted.filter((f) => f.origin[target] === 'machine').map((f) => f.path),
    stale: overlay.status === 'ok' ? staleEntries(raw, overlay.overlay) : [],
    overlay,
  };
}

const TAG: Record<Origin, string> = { parser: '', editor: ' [editor]', machine: ' [machine]', missing: '' };

export function renderReview(r: Review): string {
  const b = r.briefing;
  const lines: string[] = [];
  lines.push(`Review sheet: briefing ${b.id} (${NAMES[b.lang]} article; editors fill the ${NAMES[r.target]})`);
  if (b.meta.file || b.meta.url) lines.push(`Source: ${b.meta.url ?? b.meta.file}`);
  const o = r.overlay;
  lines.push(
    o.status === 'ok'
      ? `Overlay: ${o.file}`
      : o.status === 'invalid'
        ? `Overlay: ${o.file} is INVALID and ignored: ${o.error}`
        : `Overlay: none yet (write a skeleton with: npm run mujaz -- review ${b.id.slice(0, 8)} --template)`,
  );
  let section = '';
  for (const f of r.fields) {
    const s = f.path.split('.')[0]!;
    if (s !== section) {
      section = s;
      lines.push('', s.toUpperCase());
    }
    lines.push(`  ${f.label}  [${f.path}]`);
    for (const l of [b.lang, r.target]) {
      const v = f[l].trim();
      if (!v && l === b.lang) continue;
      lines.push(`    ${l}: ${v ? `${v}${TAG[f.origin[l]]}` : `MISSING ${NAMES[l].toUpperCase()}`}`);
    }
  }
  if (b.summary.machine === r.target && b.summary[r.target].length !== b.summary[b.lang].length)
    lines.push('', `MACHINE SUMMARY (${r.target})`, ...b.summary[r.target].map((p) => `  - ${p}`));
  lines.push('');
  lines.push(`Missing ${NAMES[r.target]}: ${r.missing.length ? `${r.missing.length}\n${r.missing.map((p) => `  ${p}`).join('\n')}` : 'none'}`);
  if (r.machineOnly.length) lines.push(`Machine-translated only (worth an editor's look): ${r.machineOnly.length}\n${r.machineOnly.map((p) => `  ${p}`).join('\n')}`);
  if (r.stale.length) lines.push(`Overlay entries matching nothing in this briefing (stale, ignored): ${r.stale.length}\n${r.stale.map((p) => `  ${p}`).join('\n')}`);
  return `${lines.join('\n')}\n`;
}

type Entry = Record<string, unknown>;

/**
 * An overlay skeleton: every key with a `ref` (the original text) and a blank for the side to
 * write. Texts an existing overlay already gives are kept, so `--template --force` refreshes a
 * skeleton without losing work. Entries matching no item are kept as they are (a later parse
 * may find the item again; `mujaz review` lists them as stale).
 */
export function template(raw: Briefing, existing?: Overlay): Overlay {
  const k = itemKeys(raw);
  const src = raw.lang;
  const tgt: Lang = src === 'ar' ? 'en' : 'ar';
  const old = (section: OverlaySection, key: string): Entry => ((existing?.[section] ?? {}) as Record<string, Entry>)[key] ?? {};
  const bi = (prev: unknown): { ar?: string; en?: string } => {
    const p = (prev ?? {}) as { ar?: string; en?: string };
    return { ...(p[src] ? { [src]: p[src] } : {}), [tgt]: p[tgt] ?? '' };
  };
  const text = (section: OverlaySection, key: string, ref: string): Entry => {
    const prev = old(section, key);
    return { ...prev, ref, ...bi(prev) };
  };
  const keep = (name: OverlaySection, keys: string[]): Array<[string, Entry]> =>
    Object.entries((existing?.[name] ?? {}) as Record<string, Entry>).filter(([key]) => !keys.includes(key));
  const section = <T>(name: OverlaySection, keys: string[], items: T[], f: (item: T, key: string) => Entry): Record<string, Entry> =>
    Object.fromEntries([...items.map((it, i): [string, Entry] => [keys[i]!, f(it, keys[i]!)]), ...keep(name, keys)]);
  const cardSentences = new Set(raw.people.flatMap((p) => p.sentenceIds));
  const out: Record<string, unknown> = {
    briefing: raw.id,
    note: existing?.note ?? '',
    title: { ...(existing?.title ?? {}), ref: raw.title[src], ...bi(existing?.title) },
    summary: section('summary', k.summary, raw.summary[src], (p, key) => text('summary', key, p)),
    people: section('people', k.people, raw.people, (p, key) => {
      const prev = old('people', key);
      const ref = [p.name[src], p.role[src]].filter(Boolean).join(' — ') + (src === 'ar' && p.name.en ? ` | parser: ${[p.name.en, p.role.en].filter(Boolean).join(' — ')}` : '');
      return { ...prev, ref, name: bi(prev.name), role: bi(prev.role) };
    }),
    quotes: section('quotes', k.quotes, raw.quotes, (q, key) => text('quotes', key, q.text)),
    precedents: section('precedents', k.precedents, raw.precedents, (p, key) => text('precedents', key, p.text[src])),
    timeline: section('timeline', k.timeline, raw.timeline, (t, key) => {
      const prev = old('timeline', key);
      return { ...text('timeline', key, `${t.when[src]} — ${t.text[src]}`), ...(prev.when || !t.when[tgt] ? { when: bi(prev.when) } : {}) };
    }),
    sources: section('sources', k.sources, raw.sources, (s, key) => {
      const prev = old('sources', key);
      return { ...prev, ref: `${s.name[src]}${src === 'ar' && s.name.en ? ` | parser: ${s.name.en}` : ''}`, name: bi(prev.name) };
    }),
    sentences: Object.fromEntries([
      ...raw.sentences.flatMap((s, i): Array<[string, Entry]> => (cardSentences.has(s.id) ? [[k.sentences[i]!, text('sentences', k.sentences[i]!, s.text)]] : [])),
      ...keep('sentences', k.sentences.filter((_, i) => cardSentences.has(raw.sentences[i]!.id))),
    ]),
  };
  return out as Overlay;
}
