/**
 * Reading overlay files. Editors may change a file while the bot runs, so a file is re-read
 * when its modification time or size changes (checked at most every `recheckMs`). A file that
 * is not valid JSON or not a valid overlay is ignored with one warning per version of the file.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { log } from '../log.ts';
import { safeFileId } from './ids.ts';
import { describeIssues, overlaySchema, type Overlay } from './schema.ts';

export type OverlayState =
  | { status: 'none'; file: string }
  | { status: 'ok'; file: string; overlay: Overlay }
  | { status: 'invalid'; file: string; error: string };

interface Cached {
  stamp: string;
  checkedAt: number;
  state: OverlayState;
}

export class OverlayStore {
  private readonly cache = new Map<string, Cached>();

  constructor(
    readonly dir: string,
    private readonly recheckMs = 2000,
    private readonly clock: () => number = Date.now,
  ) {}

  file(briefingId: string): string {
    return join(this.dir, `${briefingId}.json`);
  }

  /** The overlay of a briefing as it is on disk now (cached between checks). */
  state(briefingId: string): OverlayState {
    if (!safeFileId(briefingId)) return { status: 'none', file: '' };
    const now = this.clock();
    const hit = this.cache.get(briefingId);
    if (hit && now - hit.checkedAt < this.recheckMs) return hit.state;
    const file = this.file(briefingId);
    let stamp = 'missing';
    try {
      const st = statSync(file);
      stamp = `${st.mtimeMs}:${st.size}`;
    } catch {
      /* no overlay for this briefing */
    }
    if (hit && hit.stamp === stamp) {
      hit.checkedAt = now;
      return hit.state;
    }
    const state = stamp === 'missing' ? ({ status: 'none', file } as const) : readOverlay(file, briefingId);
    if (state.status === 'invalid') log.warn(`overlay ${file} ignored: ${state.error}`);
    this.cache.set(briefingId, { stamp, checkedAt: now, state });
    return state;
  }

  /** Forget cached reads (after writing a template, in tests). */
  invalidate(briefingId?: string): void {
    if (briefingId) this.cache.delete(briefingId);
    else this.cache.clear();
  }
}

/** Read and validate one overlay file; never throws. */
export function readOverlay(file: string, briefingId: string): OverlayState {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return { status: 'none', file };
    return { status: 'invalid', file, error: err.code ? `cannot read it (${err.code})` : `not valid JSON (${err.message})` };
  }
  const r = overlaySchema.safeParse(raw);
  if (!r.success) return { status: 'invalid', file, error: describeIssues(r.error) };
  if (r.data.briefing !== undefined && r.data.briefing !== briefingId)
    return { status: 'invalid', file, error: `"briefing" is ${r.data.briefing} but the file is for ${briefingId}` };
  return { status: 'ok', file, overlay: r.data };
}
