/**
 * Text -> briefing -> library: the one path by which article text becomes a stored briefing
 * (files, pages, chat pastes and feeds all end here).
 */
import type { Briefing } from '../briefing/types.ts';
import { parseOffThread } from '../parser/off-thread.ts';
import type { AddResult, Library } from './library.ts';
import { log } from '../log.ts';

/** Work done after a briefing is stored (e.g. machine translation); it can never undo or fail the ingest. */
export type IngestHook = (r: AddResult) => Promise<unknown>;

const hooks = new WeakMap<Library, IngestHook[]>();

export function afterIngest(library: Library, hook: IngestHook): void {
  hooks.set(library, [...(hooks.get(library) ?? []), hook]);
}

export async function ingestText(
  library: Library,
  text: string,
  meta: Briefing['meta'] = {},
  opts: { title?: string; now?: Date } = {},
): Promise<AddResult> {
  // Off the event loop and within a time budget: chats, Slack acks and digests go on meanwhile.
  const { briefing: b, truncated } = await parseOffThread(text, { title: opts.title, meta: { ...meta, ingestedAt: meta.ingestedAt ?? (opts.now ?? new Date()).toISOString() } });
  if (truncated) b.meta.truncatedAt = b.sentences.at(-1)?.end ?? 0;
  const r = await library.add(b);
  for (const hook of hooks.get(library) ?? []) {
    try {
      await hook(r);
    } catch (e) {
      log.warn(`after ingest of ${r.briefing.id.slice(0, 8)}: ${(e as Error).message}`);
    }
  }
  return r;
}
