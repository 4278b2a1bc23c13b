/**
 * The title: the file's first line when it reads as a headline (short, no closing full stop, more
 * text follows), else the caller's title, else the first sentence cut short.
 */
import { shorten } from './summary.ts';

export interface TitleResult {
  title: string;
  /** Offset where the body starts (after a headline line), 0 when there is none. */
  bodyStart: number;
}

export function detectTitle(text: string, optTitle: string | undefined, firstSentence: () => string): TitleResult {
  const nl = text.indexOf('\n');
  if (nl > 0) {
    const line = text.slice(0, nl).trim();
    const rest = text.slice(nl + 1).trim();
    const words = line.split(/\s+/).length;
    if (line && rest && line.length <= 160 && words <= 24 && !/[.:؛;،,]$/.test(line)) return { title: line, bodyStart: nl + 1 };
  }
  if (optTitle && optTitle.trim()) return { title: optTitle.trim().slice(0, 300), bodyStart: 0 };
  return { title: shorten(firstSentence(), 120), bodyStart: 0 };
}
