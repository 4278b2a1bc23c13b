/**
 * The briefing: everything mujaz knows about one article, in a platform-free,
 * language-pair shape. The parser produces it; commands, digests and the CLI
 * read it. Keep it plain JSON (it is stored as-is in the lowdb file).
 */

export type Lang = 'ar' | 'en';

/** A text in both languages. An empty string means "not known in that language yet". */
export interface Bi {
  ar: string;
  en: string;
  /** The side that is machine-translated (translation provider), so replies can say so. */
  machine?: Lang;
}

/** Where an English text came from, so replies can mark machine or missing text. */
export type EnOrigin = 'lexicon' | 'rule' | 'romanised' | 'overlay' | 'machine' | 'original';

export interface Person {
  /** Stable id within the briefing (derived from the name), e.g. "p-abbas-araghchi". */
  id: string;
  name: Bi;
  /** Role as the article states it (ar) and its English rendering; empty strings when unknown. */
  role: Bi;
  /** Other written forms seen in the text (Arabic surface forms, without clitics) and Latin aliases. */
  aliases: string[];
  /** Number of mentions (full and short) in the article. */
  mentions: number;
  /** Character offset of the first mention. */
  firstOffset: number;
  /** Sentences in which the person is mentioned or acts (indices into `sentences`). */
  sentenceIds: number[];
  /** Whether the English name came from the lexicon or from romanisation. */
  nameOrigin: EnOrigin;
  /** Phonetic keys used for cross-script lookup (computed at parse time). */
  keys: string[];
}

export interface Quote {
  id: string;
  /** Verbatim quoted text (no surrounding quotation marks), in the article's language. */
  text: string;
  /** English translation when known (overlay or provider), else empty. */
  textEn: string;
  /** Arabic translation of an English article's quote when known (overlay or provider). */
  textAr?: string;
  /** The translated side that came from the translation provider. */
  machine?: Lang;
  speaker: Bi;
  /** Id of the speaking person when the speaker is a named person in `people`. */
  speakerId: string | null;
  /**
   * Ids of every person who said it, in the order written, when persons in `people` said it together
   * (قال X وY إن): `speakerId` is then null and `speaker` reads them all ("X and Y", «X وY»).
   * Absent on a quote of one speaker, and on every quote of a briefing stored before parser
   * version 15: read it through `speakerIdsOf` / `saidBy` (briefing/speakers.ts), never alone.
   */
  speakerIds?: string[];
  /** Unnamed or institutional source ("مسؤول أمريكي") rather than a named person. */
  unnamed: boolean;
  /** No speaker could be found: `speaker` then reads "unattributed" (never a guess). */
  unattributed?: boolean;
  /**
   * direct: in quotation marks; indirect: "قال X إن ..." (reported, never shown in quotation marks);
   * denial: "نفى X أن ..." — X denied the statement, which must never be shown as X's claim.
   */
  kind: 'direct' | 'indirect' | 'denial';
  sentenceId: number;
}

export interface Precedent {
  id: string;
  /** The sentence or clause describing the past event; `en` empty when not translated. */
  text: Bi;
  years: number[];
  /** The cue that marked it as a precedent (e.g. "العام الماضي", "2020"). */
  cue: string;
  sentenceId: number;
}

export interface TimelineEvent {
  id: string;
  /** As written: "يوم الاثنين", "2023", "الأسبوع الماضي". */
  when: Bi;
  /** ISO-ish sort key when resolvable ("2023", "2025-06-23"), else null. */
  date: string | null;
  text: Bi;
  sentenceId: number;
}

export interface SourceRef {
  id: string;
  name: Bi;
  kind: 'outlet' | 'analyst' | 'agency' | 'official' | 'other';
  mentions: number;
}

export interface Sentence {
  id: number;
  text: string;
  /** The sentence in the other language when known (overlay or provider); shown by person cards. */
  translation?: string;
  /** True when `translation` came from the translation provider. */
  machine?: boolean;
  start: number;
  end: number;
}

export interface Briefing {
  /** Content-derived id (hash of the normalised text), stable across re-parses. */
  id: string;
  lang: Lang;
  title: Bi;
  /**
   * 3–5 ranked points in the article's language (`summary[lang]`); the other side has the
   * same length when translated (overlay or provider), else is empty.
   */
  summary: { ar: string[]; en: string[]; machine?: Lang };
  people: Person[];
  quotes: Quote[];
  precedents: Precedent[];
  timeline: TimelineEvent[];
  sources: SourceRef[];
  sentences: Sentence[];
  /** Publication metadata, filled by ingest when known. */
  meta: {
    url?: string;
    outlet?: string;
    author?: string;
    publishedAt?: string;
    ingestedAt?: string;
    file?: string;
    /** Set when the input was longer than the parser's cap and was cut: where the text ends. */
    truncatedAt?: number;
  };
  /** Parser version that produced this briefing, so stored briefings can be re-parsed after upgrades. */
  parserVersion: number;
}
