/**
 * The curated bilingual lexicon (data/lexicon/*.json): loaded once on first use,
 * validated with zod, and indexed by normalised Arabic and Latin forms. The data
 * is meant to be edited by hand, so a malformed file fails with the file name and
 * the path of the bad entry rather than a vague runtime error later.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { z } from 'zod';
import { normAr, normLatin, stripAl } from './normalize.ts';
import { keySimilarity, wordKey } from './phonetic.ts';

const nonEmpty = z.string().trim().min(1);
const bi = z.object({ ar: nonEmpty, en: nonEmpty });

export const personSchema = z.object({
  ar: nonEmpty,
  arVariants: z.array(nonEmpty).default([]),
  en: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  role: bi.optional(),
});
export const orgSchema = z.object({
  ar: nonEmpty,
  arVariants: z.array(nonEmpty).default([]),
  en: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  kind: z.enum(['outlet', 'agency', 'org']),
});
export const placeSchema = z.object({
  ar: nonEmpty,
  arVariants: z.array(nonEmpty).default([]),
  en: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
});
/**
 * style says how a title combines with a country: "of" -> President of Russia,
 * "adj" -> Saudi Foreign Minister, "poss" -> Iran's top diplomat.
 */
export const titleSchema = z.object({
  ar: nonEmpty,
  arVariants: z.array(nonEmpty).default([]),
  en: nonEmpty,
  style: z.enum(['of', 'adj', 'poss']).default('adj'),
  /** Preposition that follows the title when an object follows (expert on X, spokesperson for X). */
  prep: z.string().optional(),
  /** English used when an organisation rather than a country follows (رئيس -> head of the council). */
  enObj: z.string().optional(),
  /**
   * A nisba title that is also an adjective (الإعلامي a media personality, تقارير إعلامية media
   * reports): its English as an adjective, read after a noun.
   */
  adjEn: z.string().optional(),
  /** English when the title has no object (الممثل السوري: a Syrian actor; ممثل الجمعية: its representative). */
  enAlone: z.string().optional(),
});
const arEn = z.object({ ar: nonEmpty, arVariants: z.array(nonEmpty).default([]), en: nonEmpty });
export const titlesFileSchema = z.object({
  titles: z.array(titleSchema),
  /** Words of role phrases that are not titles (relations, affairs, leadership...); adj marks adjectives. */
  words: z.array(z.object({ ar: nonEmpty, arVariants: z.array(nonEmpty).default([]), en: nonEmpty, adj: z.boolean().default(false) })),
  /** Qualifiers that go before the English title (new, current, then, acting...). */
  modifiers: z.array(arEn).default([]),
  /** Multi-word prepositions inside roles (المسؤول عن -> responsible for). */
  prepPhrases: z.array(arEn).default([]),
  /** Country-specific English for a title (US Foreign Minister -> Secretary of State). */
  countryTitles: z.array(z.object({ title: nonEmpty, code: z.string().regex(/^[A-Z]{2}$/), en: nonEmpty })).default([]),
  /** Adjective used before titles instead of the demonym (US official, not American official). */
  adjOverrides: z.record(z.string(), nonEmpty).default({}),
  /**
   * Football clubs whose names are everyday words (الاتحاد union, الهلال crescent, النصر victory):
   * read as the club only after a player's or a coach's title (لاعب الاتحاد: an Al-Ittihad player).
   */
  clubs: z.array(arEn).default([]),
  /** Honorifics to skip before a name (السيد، الدكتور، الشيخ). */
  honorifics: z.array(z.object({ ar: nonEmpty, en: nonEmpty })),
  /** Forms of "former" (السابق، السابقة، السابقين...). */
  former: z.array(nonEmpty),
});
export const givenNameSchema = z.object({
  ar: nonEmpty,
  arVariants: z.array(nonEmpty).default([]),
  en: nonEmpty,
  /** Also an everyday word or title (سلطان، أمير، باسم): spelled as a name, never taken as evidence of one. */
  common: z.boolean().default(false),
});
export const demonymEnSchema = z.record(z.string().regex(/^[A-Z]{2}$/), nonEmpty);
export const demonymExceptionSchema = z.object({
  ar: nonEmpty,
  arVariants: z.array(nonEmpty).default([]),
  /** ISO 3166 alpha-2 code, or "" for supranational adjectives (European, Arab). */
  code: z.string(),
  country: nonEmpty,
  adjEn: nonEmpty,
});

export type LexPerson = z.infer<typeof personSchema>;
export type LexOrg = z.infer<typeof orgSchema>;
export type LexPlace = z.infer<typeof placeSchema>;
export type LexTitle = z.infer<typeof titleSchema>;
export type TitlesFile = z.infer<typeof titlesFileSchema>;
export type LexGivenName = z.infer<typeof givenNameSchema>;
export type DemonymException = z.infer<typeof demonymExceptionSchema>;

export class LexiconError extends Error {}

export const LEXICON_DIR = fileURLToPath(new URL('../../data/lexicon/', import.meta.url));

/** Reads and validates one lexicon file; the error names the file and the offending entry. */
/** Women's kinship titles, which end in ة: read without the article before their genitive (constructTitleByAr). */
const KINSHIP_IN_TA = new Set(['wife', 'daughter', 'granddaughter', 'widow', 'sister', 'mother']);

export function loadLexiconFile<T>(file: string, schema: z.ZodType<T>, dir = LEXICON_DIR): T {
  const path = join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new LexiconError(`lexicon ${file}: cannot read or parse JSON (${(e as Error).message})`);
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const where = issue.path.join('.');
    let entry = '';
    if (Array.isArray(raw) && typeof issue.path[0] === 'number') {
      entry = ` ${JSON.stringify(raw[issue.path[0]])?.slice(0, 120)}`;
    } else if (raw && typeof raw === 'object' && issue.path.length >= 2) {
      const arr = (raw as Record<string, unknown>)[String(issue.path[0])];
      if (Array.isArray(arr) && typeof issue.path[1] === 'number') entry = ` ${JSON.stringify(arr[issue.path[1]])?.slice(0, 120)}`;
    }
    throw new LexiconError(`lexicon ${file}: invalid entry at ${where || '(root)'}: ${issue.message}${entry}`);
  }
  return r.data;
}

interface Named {
  ar: string;
  arVariants: string[];
  en: string;
  aliases?: string[];
}

export interface Lexicon {
  people: LexPerson[];
  orgs: LexOrg[];
  places: LexPlace[];
  titles: TitlesFile;
  givenNames: LexGivenName[];
  demonymEn: Record<string, string>;
  demonymExceptions: DemonymException[];
  /** normalised Arabic full name (any variant, with and without ال on the last word) -> entry */
  personByAr: Map<string, LexPerson>;
  /**
   * figures.json: world figures whose English spelling media fix (Lionel Messi, Jean-Claude Juncker),
   * by normalised Arabic name of two words or more. Read only to spell a whole name and to give a
   * person the Latin aliases /who matches: never evidence that a word is a name (data/lexicon/README.md).
   */
  figureByAr: Map<string, LexPerson>;
  orgByAr: Map<string, LexOrg>;
  placeByAr: Map<string, LexPlace>;
  /** normalised Latin name or alias -> entry */
  personByLatin: Map<string, LexPerson>;
  givenByAr: Map<string, LexGivenName>;
  /** single Arabic name token -> English token, learnt from aligned lexicon names (بوتين -> Putin). */
  tokenEn: Map<string, string>;
  /** Arabic title phrases (normalised) -> title, and the longest phrase length in words. */
  titleByAr: Map<string, LexTitle>;
  /**
   * Titles in ة written without the article (زوجة، ابنة، حفيدة), read only before the noun they are in
   * construct with: alone, normalised, they are a man's possessive (زوجه، ابنه "his son").
   */
  constructTitleByAr: Map<string, LexTitle>;
  wordByAr: Map<string, { en: string; adj: boolean }>;
  modifierByAr: Map<string, string>;
  prepPhraseByAr: Map<string, string>;
  /** honorifics (normalised) -> their English (الشيخ -> Sheikh) */
  honorifics: Map<string, string>;
  /** clubs named by an everyday word (normalised) -> their English, read after a sports title only */
  clubByAr: Map<string, string>;
  former: Set<string>;
  maxTitleWords: number;
  /** Arabic multi-word org/place names, longest first, for phrase scanning in roles. */
  maxNameWords: number;
}

/**
 * Wire copy writes American both ways, أمريكي and أميركي (and America, أمريكا and أميركا): an entry
 * written one way is known the other way too (وزارة الخارجية الأميركية is the State Department).
 */
function withSpellings(forms: string[]): string[] {
  const out = new Set(forms);
  for (const f of forms) {
    if (f.includes('امريك')) out.add(f.replaceAll('امريك', 'اميرك'));
    if (f.includes('اميرك')) out.add(f.replaceAll('اميرك', 'امريك'));
  }
  return [...out];
}

function arForms(e: Named): string[] {
  return withSpellings([e.ar, ...e.arVariants].map(normAr));
}

function indexAr<T extends Named>(list: T[], map: Map<string, T>): void {
  for (const e of list) {
    for (const f of arForms(e)) {
      if (!map.has(f)) map.set(f, e);
      // "الاسد" and "اسد" both name al-Assad when it stands alone
      const words = f.split(' ');
      const last = words[words.length - 1]!;
      const bare = stripAl(last);
      if (bare !== last) {
        const alt = [...words.slice(0, -1), bare].join(' ');
        if (!map.has(alt)) map.set(alt, e);
      }
    }
  }
}

/** Latin name split into tokens that keep particles attached: "Bashar al-Assad" -> [Bashar, al-Assad]. */
function enTokens(en: string): string[] {
  return en.split(/\s+/).filter(Boolean);
}

/** Title words and regnal numbers are rightly spelled unlike their Arabic (الملك -> King, الثالث -> III). */
const NON_PHONETIC_EN = /^(King|Queen|Prince|Princess|Emperor|Pope|Sultan|Sheikh|Emir|[IVX]+)$/;

/** Whether an Arabic word and an English word plausibly spell the same name (guards against misaligned pairs). */
function soundsAlike(ar: string, en: string): boolean {
  return NON_PHONETIC_EN.test(en) || keySimilarity(wordKey(ar), wordKey(en), true, false) >= 0.4;
}

function buildTokenEn(people: LexPerson[], places: LexPlace[], given: LexGivenName[]): Map<string, string> {
  const m = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (ar: string, en: string) => {
    if (!soundsAlike(ar, en)) return;
    const prev = m.get(ar);
    if (prev === undefined) m.set(ar, en);
    else if (prev !== en) ambiguous.add(ar);
  };
  for (const p of people) {
    const en = enTokens(p.en);
    const mainLen = normAr(p.ar).split(' ').length;
    for (const f of arForms(p)) {
      const ar = f.split(' ');
      // a variant with another shape than the main name (صفي الدين for هاشم صفي الدين) does not align word by word
      if (ar.length !== en.length || ar.length !== mainLen) continue;
      ar.forEach((t, i) => {
        add(t, en[i]!);
        const bare = stripAl(t);
        if (bare !== t) add(bare, en[i]!.replace(/^(al|el)-/i, ''));
      });
    }
  }
  // the parts of compound given names (صلاح الدين, Salah al-Din) spell the same words in
  // compounds the list lacks (حسام الدين): only their ال-parts, the shared tails of such names
  for (const g of given) {
    const en = enTokens(g.en);
    for (const f of arForms(g)) {
      const ar = f.split(' ');
      if (ar.length === 2 && en.length === 2 && ar[1]!.startsWith('ال')) add(ar[1]!, en[1]!);
    }
  }
  for (const a of ambiguous) m.delete(a);
  // given names win over learnt tokens: they are the curated spelling
  for (const g of given) for (const f of arForms(g)) if (!g.common || !m.has(f)) m.set(f, g.en);
  // a one-word place spells the same word in a name (سيدني), but not an ال-word: الخليل in a name is al-Khalil, not Hebron
  for (const pl of places) {
    for (const f of arForms(pl)) {
      if (!f.includes(' ') && !f.startsWith('ال') && !pl.en.includes(' ') && !m.has(f) && soundsAlike(f, pl.en)) m.set(f, pl.en);
    }
  }
  return m;
}

let cached: Lexicon | null = null;

/** Entries left out of the lexicon (measurement only: `npm run cv:people -- --hide-lexicon`). */
export interface LexiconHiding {
  person?: (p: LexPerson) => boolean;
  given?: (g: LexGivenName) => boolean;
  org?: (o: LexOrg) => boolean;
  place?: (p: LexPlace) => boolean;
}
let hiding: LexiconHiding = {};

/**
 * Load the lexicon without the entries `h` picks: for cross-validation, where people and given names
 * added while reading the held-out articles must not help on them. Must come before the lexicon's
 * first use (word classes all over the parser are memoised on it), so a process sets it once.
 */
export function hideLexiconEntries(h: LexiconHiding): void {
  if (cached) throw new LexiconError('hideLexiconEntries: the lexicon is already loaded');
  hiding = h;
}

/** The lexicon, loaded and indexed on first use. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const people = loadLexiconFile('people.json', z.array(personSchema)).filter((p) => !hiding.person?.(p));
  const figures = loadLexiconFile('figures.json', z.array(personSchema)).filter((p) => !hiding.person?.(p));
  const orgs = loadLexiconFile('orgs.json', z.array(orgSchema)).filter((o) => !hiding.org?.(o));
  const places = loadLexiconFile('places.json', z.array(placeSchema)).filter((p) => !hiding.place?.(p));
  const titles = loadLexiconFile('titles.json', titlesFileSchema);
  const givenNames = loadLexiconFile('given-names.json', z.array(givenNameSchema)).filter((g) => !hiding.given?.(g));
  const demonymEn = loadLexiconFile('demonyms-en.json', demonymEnSchema);
  const demonymExceptions = loadLexiconFile('demonym-exceptions.json', z.array(demonymExceptionSchema));

  const personByAr = new Map<string, LexPerson>();
  indexAr(people, personByAr);
  // (whole names only: a figure's one word, ميسي or بيل, is someone else's in other names)
  const figureByAr = new Map<string, LexPerson>();
  indexAr(figures, figureByAr);
  for (const k of [...figureByAr.keys()]) if (!k.includes(' ')) figureByAr.delete(k);
  const orgByAr = new Map<string, LexOrg>();
  indexAr(orgs, orgByAr);
  const placeByAr = new Map<string, LexPlace>();
  indexAr(places, placeByAr);

  const personByLatin = new Map<string, LexPerson>();
  for (const p of people) for (const l of [p.en, ...p.aliases]) personByLatin.set(normLatin(l), p);

  const givenByAr = new Map<string, LexGivenName>();
  for (const g of givenNames) for (const f of arForms(g)) if (!g.common && !givenByAr.has(f)) givenByAr.set(f, g);

  const titleByAr = new Map<string, LexTitle>();
  let maxTitleWords = 1;
  // (kinship only: «زوجة الرئيس» is a relation, while زميله، صديقه before an adjective are a man's
  // colleague or friend, the possessive reading)
  const constructTitleByAr = new Map<string, LexTitle>();
  const titleForms = titles.titles.map((t) => [t, arForms(t)] as const);
  for (const [t, forms] of titleForms) {
    for (const f of forms) {
      titleByAr.set(f, t);
      maxTitleWords = Math.max(maxTitleWords, f.split(' ').length);
    }
  }
  // A title is written without the article as often as with it (المؤرخ، مؤرخ الفن; النجم، نجم
  // البوب): each form whose every word has ال is known without it too, unless that is another entry's.
  // (Not when the bare form ends in ه: normalised, the feminine زميلة is زميله "his colleague", which
  // the possessive reading must get.)
  for (const [t, forms] of titleForms) {
    for (const f of forms) {
      const words = f.split(' ');
      if (!words.every((w) => w.startsWith('ال') && w.length > 4)) continue;
      const bare = words.map((w) => w.slice(2)).join(' ');
      if (titleByAr.has(bare)) continue;
      if (!bare.endsWith('ه')) titleByAr.set(bare, t);
      else if (words.length === 1 && KINSHIP_IN_TA.has(t.en)) constructTitleByAr.set(bare, t);
    }
  }
  const wordByAr = new Map<string, { en: string; adj: boolean }>();
  for (const w of titles.words) for (const f of arForms(w)) wordByAr.set(f, { en: w.en, adj: w.adj });
  // A ministry is named as its minister is (وزير الثقافة Culture Minister -> وزارة الثقافة Culture
  // Ministry), where the word list does not name it already.
  const ministry = normAr('وزارة');
  for (const t of titles.titles) {
    const portfolio = t.style === 'adj' ? /^([A-Z][a-z]+) Minister$/.exec(t.en)?.[1] : undefined;
    if (!portfolio) continue;
    for (const f of arForms(t)) {
      const [head, ...rest] = f.split(' ');
      if (head !== normAr('وزير') || rest.length !== 1) continue;
      const key = `${ministry} ${rest[0]}`;
      if (!wordByAr.has(key)) wordByAr.set(key, { en: `${portfolio} Ministry`, adj: false });
    }
  }
  const modifierByAr = new Map<string, string>();
  for (const m of titles.modifiers) for (const f of arForms(m)) modifierByAr.set(f, m.en);
  const prepPhraseByAr = new Map<string, string>();
  for (const m of titles.prepPhrases) for (const f of arForms(m)) prepPhraseByAr.set(f, m.en);

  for (const k of [...wordByAr.keys(), ...modifierByAr.keys(), ...prepPhraseByAr.keys()]) {
    maxTitleWords = Math.max(maxTitleWords, k.split(' ').length);
  }
  let maxNameWords = 1;
  for (const k of [...orgByAr.keys(), ...placeByAr.keys()]) maxNameWords = Math.max(maxNameWords, k.split(' ').length);

  cached = {
    people,
    orgs,
    places,
    titles,
    givenNames,
    demonymEn,
    demonymExceptions,
    personByAr,
    figureByAr,
    orgByAr,
    placeByAr,
    personByLatin,
    givenByAr,
    tokenEn: buildTokenEn(people, places, givenNames),
    titleByAr,
    constructTitleByAr,
    wordByAr,
    modifierByAr,
    prepPhraseByAr,
    honorifics: new Map(titles.honorifics.map((h) => [normAr(h.ar), h.en])),
    clubByAr: new Map(titles.clubs.flatMap((c) => arForms(c).map((f) => [f, c.en] as const))),
    former: new Set(titles.former.map(normAr)),
    maxTitleWords,
    maxNameWords,
  };
  return cached;
}

/** The lexicon organisation/outlet an Arabic name (any variant) refers to, or null. */
export function lookupOrg(nameAr: string): LexOrg | null {
  return lexicon().orgByAr.get(normAr(nameAr)) ?? null;
}

/** The lexicon place an Arabic name (any variant) refers to, or null. */
export function lookupPlace(nameAr: string): LexPlace | null {
  return lexicon().placeByAr.get(normAr(nameAr)) ?? null;
}
