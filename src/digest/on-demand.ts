/**
 * /digest: today's digest as the reply. For a subscribed chat whose digest has not gone out
 * today, the reply *is* today's digest: it is recorded under the same (chat, local date) key, so
 * the scheduler will not push it again. Once today's is settled, /digest shows it again.
 */
import type { Lang } from '../briefing/types.ts';
import type { Library } from '../library/library.ts';
import type { Reply } from '../reply/model.ts';
import type { Store } from '../store/store.ts';
import { digestScreen, noBriefingsReply, selectDigest, type DigestSelection } from './content.ts';
import { canonicalZone, localParts } from './local-time.ts';
import { deliveryKey } from './records.ts';
import { defaultZone } from './subscription.ts';

export interface OnDemandDeps {
  store: Store;
  library: Pick<Library, 'list' | 'get'>;
}

export async function digestNow(
  deps: OnDemandDeps,
  chat: { chatKey: string; lang: Lang; commandPrefix?: string },
  now: Date,
  /** The screen asked for ("/digest more" is 2); the digest is the same, only the screen differs. */
  page = 1,
): Promise<Reply> {
  const { store } = deps;
  const sub = store.data.subscriptions[chat.chatKey];
  // A zone the runtime does not know (hand-edited file) falls back rather than failing the command.
  const tz = (sub && canonicalZone(sub.tz)) || defaultZone(store, chat.chatKey);
  const { date } = localParts(now, tz);
  const all = deps.library.list();
  const show = (sel: DigestSelection) => digestScreen(sel, chat.lang, date, page, { commandPrefix: chat.commandPrefix });

  if (!sub) {
    const sel = selectDigest(all, undefined, now, { always: true, latest: all[0] });
    return sel ? show(sel) : noBriefingsReply(chat.lang);
  }

  const key = deliveryKey(chat.chatKey, date);
  const rec = store.data.deliveries[key];
  if (rec && rec.status !== 'failed' && rec.status !== 'empty' && rec.briefingIds.length) {
    const again = rec.briefingIds.map((id) => deps.library.get(id)).filter((b) => b !== undefined);
    if (again.length) return show({ briefings: again, fallback: false });
  }

  const sel = selectDigest(all, sub.cursor, now, { always: true, latest: all[0] });
  if (!sel) return noBriefingsReply(chat.lang);
  const at = now.toISOString();
  await store.update((d) => {
    const cur = d.deliveries[key];
    // A scheduled run may have claimed it meanwhile; its record wins.
    if (cur && cur.status !== 'failed' && cur.status !== 'empty') return;
    d.deliveries[key] = {
      chatKey: chat.chatKey,
      localDate: date,
      status: 'sent',
      by: 'command',
      at,
      attempts: (cur?.attempts ?? 0) + 1,
      briefingIds: sel.briefings.map((b) => b.id),
      upTo: at,
      via: 'command',
    };
    const s = d.subscriptions[chat.chatKey];
    if (s && (!s.cursor || s.cursor < at)) s.cursor = at;
  });
  return show(sel);
}
