/** Four-digit years (1900–2099) in a text, Arabic-Indic digits included, with their offsets. */
import { asciiDigits } from '../text/normalize.ts';

export interface YearHit {
  year: number;
  index: number;
}

export function findYears(text: string): YearHit[] {
  const s = asciiDigits(text);
  const out: YearHit[] = [];
  // A year is exactly four digits not glued to other digits (so 12000 or 3.2019 are not years).
  const re = /(?<![0-9.,])(19|20)[0-9]{2}(?![0-9])/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ year: Number(m[0]), index: m.index });
  return out;
}

/** Reference year of the article: from its publication date when known. */
export function referenceYear(publishedAt?: string): number | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})/.exec(publishedAt);
  return m ? Number(m[1]) : null;
}

/** Month (1–12) of the article's publication date when it is known to the month. */
export function referenceMonth(publishedAt?: string): number | null {
  const m = publishedAt ? /^\d{4}-(\d{2})/.exec(publishedAt) : null;
  return m ? Number(m[1]) : null;
}
