/**
 * Text -> briefing -> library: the one path by which article text becomes a stored briefing
 * (files, pages, chat pastes and feeds all end here).
 */
import type { Briefing } from '../briefing/types.ts';
import { parseArticle } from '../parser/index.ts';
import type { AddResult, Library } from './library.ts';

export async function ingestText(
  library: Library,
  text: string,
  meta: Briefing['meta'] = {},
  opts: { title?: string; now?: Date } = {},
): Promise<AddResult> {
  const b = parseArticle(text, { title: opts.title, meta: { ...meta, ingestedAt: meta.ingestedAt ?? (opts.now ?? new Date()).toISOString() } });
  return library.add(b);
}
