/**
 * The overlay as a Library view: every briefing read through the library gets its editor
 * overlay applied (registered after the machine-translation view, so editors win).
 */
import type { Briefing } from '../briefing/types.ts';
import type { BriefingView } from '../library/library.ts';
import { applyOverlay } from './apply.ts';
import type { OverlayState, OverlayStore } from './store.ts';

export function overlayView(overlays: OverlayStore): BriefingView {
  // Same input and same overlay state -> same output, without re-applying on every read.
  const memo = new WeakMap<Briefing, { state: OverlayState; out: Briefing }>();
  return (b) => {
    const state = overlays.state(b.id);
    if (state.status !== 'ok') return b;
    const hit = memo.get(b);
    if (hit && hit.state === state) return hit.out;
    const out = applyOverlay(b, state.overlay);
    memo.set(b, { state, out });
    return out;
  };
}
