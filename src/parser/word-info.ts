/**
 * What the parser has decided about one light form (its clitic readings, its word classes), kept
 * on the tokens that carry it. A parse asks about 20 class questions per token; answering them from
 * the token instead of one memo map per question took about a tenth of a parse.
 */
import { cliticReadings, type CliticReading } from '../text/clitics.ts';

export class WordInfo {
  /** Bit k set: class k has been decided for this form (see arabic-words.ts). */
  known = 0;
  /** Bit k set: the form is in class k. */
  value = 0;
  readings: CliticReading[] | undefined = undefined;
  /** Structured answers (role head, verb frame): undefined until asked. */
  roleHead: unknown = undefined;
  frame: unknown = undefined;
  constructor(readonly light: string) {}
}

const infos = new Map<string, WordInfo>();

/** The shared record of a light form (bounded like memo: cleared when full; records stay valid). */
export function infoOfLight(light: string): WordInfo {
  let w = infos.get(light);
  if (w === undefined) {
    if (infos.size >= 50_000) infos.clear();
    infos.set(light, (w = new WordInfo(light)));
  }
  return w;
}

/**
 * The record for a token's light form. Tokens copied with another light form ({ ...t, light })
 * carry the original's record, so the record is checked against the light form before use.
 */
export function infoOf(t: { light: string; info?: WordInfo }): WordInfo {
  const w = t.info;
  if (w !== undefined && w.light === t.light) return w;
  return (t.info = infoOfLight(t.light));
}

/** Class `bit` of the token's light form, computed once per form by `compute`. */
export function classOf(t: { light: string; info?: WordInfo }, bit: number, compute: (w: WordInfo) => boolean): boolean {
  return classOfInfo(infoOf(t), bit, compute);
}

export function classOfInfo(w: WordInfo, bit: number, compute: (w: WordInfo) => boolean): boolean {
  const m = 1 << bit;
  if ((w.known & m) === 0) {
    w.known |= m;
    if (compute(w)) w.value |= m;
  }
  return (w.value & m) !== 0;
}

/** The clitic readings of the token's light form (callers must not mutate them). */
export function readingsOf(t: { light: string; info?: WordInfo }): CliticReading[] {
  return readingsOfInfo(infoOf(t));
}

export function readingsOfInfo(w: WordInfo): CliticReading[] {
  return (w.readings ??= cliticReadings(w.light));
}

/**
 * What is decided on a token's text as written (diacritics and hamza forms kept): its light form's
 * record, its normal form and the text-level classes (name-like, the tagger's strong word).
 */
export class TextInfo {
  known = 0;
  value = 0;
  normReadings: CliticReading[] | undefined = undefined;
  /**
   * The name tagger's feature-group scores of this text (its own group, then as the p, n, pp, nn
   * neighbour; NaN: not scored yet) under the weights `tagWeights` (name-tagger.ts).
   */
  tagWeights: object | undefined = undefined;
  tagScores: Float64Array | undefined = undefined;
  constructor(readonly text: string, readonly info: WordInfo, readonly norm: string) {}
}

/**
 * Text class `bit` of the token, decided once per written form by `of` (a memoised function of the
 * text, also the answer for tokens copied with another text, whose record no longer applies).
 */
export function textClassOf(t: { text: string; tinfo?: TextInfo }, bit: number, of: (text: string) => boolean): boolean {
  const w = t.tinfo;
  if (w === undefined || w.text !== t.text) return of(t.text);
  const m = 1 << bit;
  if ((w.known & m) === 0) {
    w.known |= m;
    if (of(w.text)) w.value |= m;
  }
  return (w.value & m) !== 0;
}

/** The clitic readings of the token's normal form (callers must not mutate them). */
export function normReadingsOf(t: { norm: string; tinfo?: TextInfo }): CliticReading[] {
  const w = t.tinfo;
  if (w === undefined || w.norm !== t.norm) return cliticReadings(t.norm);
  return (w.normReadings ??= cliticReadings(w.norm));
}

/**
 * The reading of the token's normal form whose stem is in `known`, longest stem first (knownReading
 * of clitics.ts on t.norm), from the readings kept on the token's record: people and speakers are
 * looked up for nearly every token, and a memo look-up of the form per token cost a few per cent.
 */
export function knownNormReading(t: { norm: string; tinfo?: TextInfo }, known: { has(stem: string): boolean }): CliticReading | null {
  for (const r of normReadingsOf(t)) if (known.has(r.stem)) return r;
  return null;
}
