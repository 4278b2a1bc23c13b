/**
 * Checking and preparing the input: text only, Arabic or English, at most MAX_CHARS, page furniture removed.
 * Longer input is cut at the last sentence or paragraph end before the cap (the briefing shape
 * has no place for a note, so `prepareInput` reports `truncated` to callers that want to say so).
 */
import { cleanText, isArabicLetter, isLatinLetter } from '../text/normalize.ts';
import { ParseError } from './errors.ts';
import { stripFurniture } from './furniture.ts';
import type { Lang } from '../briefing/types.ts';

/** 2 million characters: far above any news article, low enough to parse in a few seconds. */
export const MAX_CHARS = 2_000_000;

export interface PreparedInput {
  text: string;
  lang: Lang;
  truncated: boolean;
}

export function prepareInput(raw: unknown): PreparedInput {
  if (typeof raw !== 'string') throw new ParseError('binary', 'input is not text');
  if (raw.includes('\u0000')) throw new ParseError('binary', 'input contains NUL bytes: it looks like a binary file, not article text');
  let truncated = false;
  let text = raw;
  if (text.length > MAX_CHARS) {
    const head = text.slice(0, MAX_CHARS);
    let cut = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('. '), head.lastIndexOf('.'), head.lastIndexOf('؟'), head.lastIndexOf('!'));
    if (cut < MAX_CHARS / 2) cut = MAX_CHARS - 1;
    text = head.slice(0, cut + 1);
    truncated = true;
  }
  text = cleanText(text);
  // Page furniture (datelines, links to other stories, promotions, credits) is not the article;
  // a text that is nothing but furniture is kept as it is rather than reported empty.
  const article = stripFurniture(text).text;
  if (article.trim()) text = article;
  let ar = 0;
  let lat = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\uFFFD') bad++;
    else if (isArabicLetter(ch)) ar++;
    else if (isLatinLetter(ch)) lat++;
  }
  if (text.trim() === '') throw new ParseError('empty', 'the article is empty');
  if (bad > 16 && bad > (ar + lat) / 10) throw new ParseError('binary', 'input is mostly undecodable bytes: it looks like a binary file');
  if (ar === 0 && lat === 0) throw new ParseError('unsupported-language', 'the article has no Arabic or English text');
  return { text, lang: ar >= lat ? 'ar' : 'en', truncated };
}
