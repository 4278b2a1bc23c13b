/**
 * /digest: today's digest as the reply. For a subscribed chat whose digest has not gone out
 * today, the reply *is* today's digest: it is recorded under the same (chat, local date) key, so
 * the scheduler will not push it again. Once today's is settled, /digest shows it again.
 */
import type { Lang } from '../briefing/types.ts';
import type { Library } from '../library/library.ts';
import type { Reply } from '../reply/model.ts';
import { put, type Store } from '../store/types.ts';
import { digestAfter, digestScreen, newBriefings, noBriefingsReply, recordedSelection, selectDigest, type DigestSelection } from './content.ts';
import { canonicalZone, localParts } from './local-time.ts';
import { DELIVERIES, deliveryKey, SUBSCRIPTIONS } from './records.ts';
import { defaultZone } from './subscription.ts';

export interface OnDemandDeps {
  store: Store;
  library: Pick<Library, 'ingestedIn' | 'latest' | 'get'>;
}

export async function digestNow(
  deps: OnDemandDeps,
  chat: { chatKey: string; lang: Lang; commandPrefix?: string },
  now: Date,
  /** The screen asked for ("/digest more" is 2); the digest is the same, only the screen differs. */
  page = 1,
): Promise<Reply> {
  const { store } = deps;
  const sub = store.section(SUBSCRIPTIONS).get(chat.chatKey);
  // A zone the runtime does not know (hand-edited file) falls back rather than failing the command.
  const tz = (sub && canonicalZone(sub.tz)) || defaultZone(store, chat.chatKey);
  const { date } = localParts(now, tz);
  const latest = await deps.library.latest();
  const since = async (cursor: string | undefined) =>
    deps.library.ingestedIn(digestAfter(cursor, now), now);
  const show = (sel: DigestSelection) => digestScreen(sel, chat.lang, date, page, { commandPrefix: chat.commandPrefix });

  if (!sub) {
    const sel = selectDigest(await since(undefined), undefined, now, { always: true, latest });
    return sel ? show(sel) : noBriefingsReply(chat.lang);
  }

  const key = deliveryKey(chat.chatKey, date);
  const deliveries = store.section(DELIVERIES);
  const rec = deliveries.get(key);
  if (rec && rec.status !== 'failed' && rec.status !== 'empty' && (rec.after || rec.briefingIds.length)) {
    // (the same interval read the same way as when it was sent: newest first, what was deleted since left out)
    const upTo = new Date(rec.upTo);
    const again = rec.after
      ? newBriefings(await deps.library.ingestedIn(rec.after, upTo), rec.after, upTo)
      : (await Promise.all(rec.briefingIds.map((id) => deps.library.get(id)))).filter((b) => b !== undefined);
    if (again.length) return show({ briefings: again, fallback: false });
  }

  const sel = selectDigest(await since(sub.cursor), sub.cursor, now, { always: true, latest });
  if (!sel) return noBriefingsReply(chat.lang);
  const at = now.toISOString();
  const cur = deliveries.get(key);
  // A scheduled run may have claimed it meanwhile; its record wins.
  const took = await store.claim(
    DELIVERIES,
    key,
    {
      chatKey: chat.chatKey,
      localDate: date,
      status: 'sent',
      by: 'command',
      at,
      attempts: (cur?.attempts ?? 0) + 1,
      ...recordedSelection(sel),
      upTo: at,
      via: 'command',
    },
    { replaceStatus: ['failed', 'empty'] },
  );
  const s = store.section(SUBSCRIPTIONS).get(chat.chatKey);
  if (took && s && (!s.cursor || s.cursor < at)) await store.write([put(SUBSCRIPTIONS, chat.chatKey, { ...s, cursor: at })]);
  return show(sel);
}
