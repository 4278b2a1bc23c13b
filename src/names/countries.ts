/**
 * Countries and nationality adjectives. Country names in both languages come from
 * i18n-iso-countries (a maintained package); Arabic nisba adjectives (الروسي،
 * الإيرانية، الإيرانيين) are reduced to a stem by rule and matched against those
 * names, with a short exception list for the irregular ones (أمريكي، بريطاني، الروس).
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { normAr, cliticVariants, stripAl } from './normalize.ts';
import { lexicon, loadLexiconFile } from './lexicon.ts';

const require = createRequire(import.meta.url);

export interface Country {
  /** ISO 3166-1 alpha-2, or "" for supranational entries (European Union, the Arab world). */
  code: string;
  /** Usual English short name: "Russia", "United States", "Syria". */
  en: string;
}

export interface Demonym {
  country: string;
  adjEn: string;
  code: string;
}

const extraSchema = z.object({
  enNames: z.record(z.string(), z.string().min(1)),
  /** Other Arabic names of a country; `en` when the name is a nation of its own in English (إنجلترا: England, in the United Kingdom). */
  arAliases: z.array(z.object({ ar: z.string().min(1), code: z.string().regex(/^[A-Z]{2}$/), en: z.string().min(1).optional() })),
});

interface CountryIndex {
  byAr: Map<string, Country>;
  enByCode: Map<string, string>;
  exceptions: Map<string, Demonym>;
  exceptionStems: Map<string, Demonym>;
}

let index: CountryIndex | null = null;

/** Shortest everyday English name among the package's forms, unless the data file overrides it. */
function pickEnglish(all: string[]): string {
  const cands = all.filter((x) => /[a-z]/.test(x) && !x.includes(','));
  cands.sort((a, b) => a.length - b.length);
  return cands[0] ?? all[0] ?? '';
}

/** Nisba endings, longest first; ه stands for ة after normalisation. */
const NISBA_ENDINGS = ['يتين', 'يين', 'يون', 'يات', 'يه', 'ي'];

function nisbaStem(w: string): string | null {
  for (const e of NISBA_ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= 2) return w.slice(0, -e.length);
  }
  return null;
}

function build(): CountryIndex {
  countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const extra = loadLexiconFile('countries-extra.json', extraSchema);
  const byAr = new Map<string, Country>();
  const enByCode = new Map<string, string>();
  const enAll = countries.getNames('en', { select: 'all' });
  for (const [code, names] of Object.entries(enAll)) enByCode.set(code, extra.enNames[code] ?? pickEnglish(names));
  for (const [code, en] of Object.entries(extra.enNames)) if (!enByCode.has(code)) enByCode.set(code, en);
  if (!enByCode.has('XK')) enByCode.set('XK', 'Kosovo');
  const arAll = countries.getNames('ar', { select: 'all' });
  const add = (ar: string, code: string, own?: string) => {
    const en = own ?? enByCode.get(code);
    if (!en) return;
    const n = normAr(ar);
    if (!byAr.has(n)) byAr.set(n, { code, en });
  };
  for (const [code, names] of Object.entries(arAll)) for (const n of names) add(n, code);
  for (const a of extra.arAliases) add(a.ar, a.code, a.en);

  const lex = lexicon();
  const exceptions = new Map<string, Demonym>();
  const exceptionStems = new Map<string, Demonym>();
  for (const e of lex.demonymExceptions) {
    const d: Demonym = { country: e.code ? (enByCode.get(e.code) ?? e.country) : e.country, adjEn: e.adjEn, code: e.code };
    for (const f of [e.ar, ...e.arVariants].map(normAr)) {
      exceptions.set(f, d);
      exceptions.set(stripAl(f), d);
      const stem = nisbaStem(stripAl(f));
      if (stem && !f.includes(' ')) exceptionStems.set(stem, d);
    }
  }
  return { byAr, enByCode, exceptions, exceptionStems };
}

function idx(): CountryIndex {
  return (index ??= build());
}

/** English short name for an ISO code ("RU" -> "Russia"). */
export function countryName(code: string): string | null {
  return idx().enByCode.get(code) ?? null;
}

/** Country named by exactly this Arabic word or phrase (no clitics stripped), or null. */
export function countryExact(word: string): Country | null {
  if (word.length > 80) return null;
  return idx().byAr.get(normAr(word)) ?? null;
}

/** Country named by an Arabic word or phrase (روسيا، الولايات المتحدة، وروسيا), or null. */
export function countryByArabic(word: string): Country | null {
  const { byAr } = idx();
  if (word.length > 80) return null;
  const n = normAr(word);
  const direct = byAr.get(n);
  if (direct) return direct;
  if (n.includes(' ')) {
    // clitics sit on the first word only: والولايات المتحدة
    const [first, ...rest] = n.split(' ');
    for (const v of cliticVariants(first!)) {
      const hit = byAr.get([v, ...rest].join(' '));
      if (hit) return hit;
    }
    return null;
  }
  for (const v of cliticVariants(n)) {
    const hit = byAr.get(v) ?? (v.startsWith('ال') ? undefined : byAr.get('ال' + v));
    if (hit) return hit;
  }
  return null;
}

function adjFor(code: string, countryEn: string): string {
  return lexicon().demonymEn[code] ?? countryEn;
}

function demonymOfBare(w: string): Demonym | null {
  const { byAr, exceptions, exceptionStems } = idx();
  const ex = exceptions.get(w);
  if (ex) return ex;
  const bare = stripAl(w);
  const stem = nisbaStem(bare);
  if (!stem) return null;
  const exs = exceptionStems.get(stem);
  if (exs) return exs;
  // (… and the countries in و and اي: مونتينيغرو -> المونتينيغري، كوسوفو -> الكوسوفي، أوروغواي ->
  // الأوروغوياني، باراغواي -> الباراغوياني.)
  const ay = /وي?ان$/.test(stem) ? stem.replace(/وي?ان$/, 'واي') : '';
  for (const cand of [stem, stem + 'ا', stem + 'يا', 'ال' + stem, stem + 'ستان', stem + 'يه', 'ال' + stem + 'يه', stem + 'ه', stem + 'و', ay]) {
    if (!cand) continue;
    const c = byAr.get(cand);
    if (c) return { country: c.en, adjEn: adjFor(c.code, c.en), code: c.code };
  }
  return null;
}

/**
 * Country and English adjective of an Arabic nationality adjective in any gender or
 * number, with or without ال and attached clitics: الروسية -> {Russia, Russian}.
 */
export function demonym(word: string): Demonym | null {
  if (word.length > 60) return null;
  const n = normAr(word);
  if (!n) return null;
  if (n.includes(' ')) {
    const { exceptions } = idx();
    return exceptions.get(n) ?? exceptions.get(n.split(' ').map(stripAl).join(' ')) ?? null;
  }
  for (const v of cliticVariants(n)) {
    const d = demonymOfBare(v);
    if (d) return d;
  }
  return null;
}

/** Country name as it reads inside a sentence: "the United States", "the Netherlands", "Russia". */
export function countryPhrase(en: string): string {
  if (/^the /i.test(en)) return en;
  if (/^(United|Republic|Democratic|Central African|Czech Republic|Dominican Republic)\b/.test(en)) return 'the ' + en;
  if (/^(Netherlands|Philippines|Bahamas|Maldives|Comoros|Gambia|Vatican|Gulf|West)$/.test(en)) return 'the ' + en;
  if (/Islands$/.test(en)) return 'the ' + en;
  return en;
}
