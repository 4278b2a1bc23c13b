import type { CommandSpec, CommandContext } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { oneLine } from '../src/core/sanitize.ts';
import { asIngestError, reasonText } from '../src/ingest/errors.ts';
import { addFeed, listFeeds, removeFeed } from '../src/ingest/feed-store.ts';
import { fetchFeed } from '../src/ingest/feeds.ts';
import { parseHttpUrl } from '../src/ingest/fetch.ts';
import { normaliseUrl } from '../src/ingest/ingest.ts';
import { ingesterFor, pollAllFeeds } from '../src/ingest/service.ts';
import { errorReply, heading, list, note, reply, text, type Reply } from '../src/reply/model.ts';
import { bidiSafe } from '../src/views/briefing-views.ts';
import { asciiDigits } from '../src/text/normalize.ts';

const S = {
  title: { ar: 'خلاصات الأخبار', en: 'News feeds' },
  none: { ar: 'لا توجد خلاصات بعد.', en: 'No feeds yet.' },
  hintAdmin: {
    ar: 'للإضافة: ‎/feeds add URL‎ — للحذف: ‎/feeds remove N‎ — للجلب الآن: ‎/feeds poll‎',
    en: 'Add: /feeds add URL — remove: /feeds remove N — fetch now: /feeds poll',
  },
  never: { ar: 'لم تُجلب بعد', en: 'not polled yet' },
  polled: { ar: 'آخر جلب {d}', en: 'last polled {d}' },
  failing: { ar: 'خطأ: {e}', en: 'error: {e}' },
  addedCount: { ar: '{n} مقالًا', en: '{n} articles' },
  adminOnly: { ar: 'إدارة الخلاصات للمشرفين فقط؛ يمكنك عرضها بالأمر ‎/feeds‎.', en: 'Only mujaz admins can change feeds; anyone can list them with /feeds.' },
  addUsage: { ar: 'اكتب الرابط: ‎/feeds add https://…/rss‎', en: 'Give the link: /feeds add https://…/rss' },
  added: { ar: 'أُضيفت الخلاصة #{n}: {title} ({count} عنصرًا الآن). ستُجلب عناصرها الجديدة في الجولة القادمة.', en: 'Added feed #{n}: {title} ({count} items now). New items are fetched at the next poll.' },
  exists: { ar: 'هذه الخلاصة موجودة من قبل (#{n}).', en: 'That feed is already there (#{n}).' },
  cannotAdd: { ar: 'لم أضف الخلاصة: {reason}', en: 'Feed not added: {reason}' },
  removeUsage: { ar: 'اكتب رقم الخلاصة من القائمة: ‎/feeds remove 2‎', en: 'Give the feed’s number from the list: /feeds remove 2' },
  noSuch: { ar: 'لا توجد خلاصة برقم {n}.', en: 'There is no feed number {n}.' },
  removed: { ar: 'حُذفت الخلاصة: {title}', en: 'Removed feed: {title}' },
  pollLine: {
    ar: '{title}: أُضيف {added}، بلا تغيير {unchanged}، فشل {failed}، متبقٍّ {pending}',
    en: '{title}: added {added}, unchanged {unchanged}, failed {failed}, waiting {pending}',
  },
  pollFail: { ar: '{title}: {reason}', en: '{title}: {reason}' },
  pollBusy: { ar: '{title}: تُجلب الآن في جولة أخرى', en: '{title}: already being polled' },
  unknown: { ar: 'الأوامر: ‎/feeds‎، ‎/feeds add URL‎، ‎/feeds remove N‎، ‎/feeds poll‎', en: 'Use: /feeds, /feeds add URL, /feeds remove N, /feeds poll' },
};

const ADD = new Set(['add', 'اضف', 'أضف', 'إضافة', 'اضافه']);
const REMOVE = new Set(['remove', 'rm', 'delete', 'del', 'احذف', 'حذف', 'ازل', 'أزل']);
const POLL = new Set(['poll', 'fetch', 'refresh', 'اجلب', 'جلب', 'تحديث']);

function listReply({ lang, services }: CommandContext): Reply {
  const feeds = listFeeds(services.store);
  const blocks = [heading(tr(lang, S.title))];
  if (!feeds.length) blocks.push(text(tr(lang, S.none)));
  else
    blocks.push(
      list(
        feeds.map((f) => {
          const status = f.lastError
            ? tr(lang, S.failing, { e: f.lastError })
            : f.lastPolledAt
              ? tr(lang, S.polled, { d: f.lastPolledAt.slice(0, 16).replace('T', ' ') })
              : tr(lang, S.never);
          return bidiSafe(`${f.title ? `${f.title} — ` : ''}${f.url} · ${status} · ${tr(lang, S.addedCount, { n: f.added })}`, lang);
        }),
        true,
      ),
    );
  return reply(lang, blocks);
}

export const feeds: CommandSpec = {
  name: 'feeds',
  group: 'admin',
  description: { ar: 'خلاصات الأخبار (RSS/Atom): عرض وإضافة وحذف', en: 'News feeds (RSS/Atom): list, add, remove' },
  brief: { ar: 'خلاصات RSS/Atom', en: 'RSS/Atom feeds' },
  args: [{ name: 'add URL | remove N | poll', description: { ar: 'للمشرفين', en: 'admins only' } }],
  phrases: ['الخلاصات', 'خلاصات', 'feeds'],
  run: async (ctx) => {
    const { lang, services, msg } = ctx;
    const [sub = '', ...rest] = oneLine(ctx.args).split(' ');
    const arg = rest.join(' ');
    if (!sub) {
      const r = listReply(ctx);
      if (services.isAdmin(msg.platform, msg.userId)) r.blocks.push(note(tr(lang, S.hintAdmin)));
      return r;
    }
    const verb = sub.toLowerCase();
    const isAdd = ADD.has(verb);
    const isRemove = REMOVE.has(verb);
    const isPoll = POLL.has(verb);
    if (!isAdd && !isRemove && !isPoll) return errorReply(lang, tr(lang, S.unknown));
    if (!services.isAdmin(msg.platform, msg.userId)) return errorReply(lang, tr(lang, S.adminOnly));

    if (isAdd) {
      if (!arg) return errorReply(lang, tr(lang, S.addUsage));
      const ingester = ingesterFor(services);
      try {
        const url = normaliseUrl(parseHttpUrl(arg));
        const known = listFeeds(services.store).findIndex((f) => f.url === url);
        if (known >= 0) return reply(lang, [text(tr(lang, S.exists, { n: known + 1 }))]);
        // Fetch it once now, so a typo or an HTML page is refused at once rather than failing every poll.
        const parsed = await fetchFeed(url, ingester);
        // Store where the feed really is (after redirects or discovery from a site's page).
        const r = await addFeed(services.store, { url: normaliseUrl(parsed.url), title: parsed.title, addedBy: ctx.userKey, now: services.now() });
        const n = listFeeds(services.store).indexOf(r.feed) + 1;
        if (r.status === 'exists') return reply(lang, [text(tr(lang, S.exists, { n }))]);
        return reply(lang, [text(bidiSafe(tr(lang, S.added, { n, title: parsed.title ?? url, count: parsed.total }), lang))]);
      } catch (e) {
        return errorReply(lang, tr(lang, S.cannotAdd, { reason: reasonText(asIngestError(e), lang) }));
      }
    }
    if (isRemove) {
      const n = Number(asciiDigits(arg));
      if (!Number.isInteger(n) || n < 1) return errorReply(lang, tr(lang, S.removeUsage));
      const gone = await removeFeed(services.store, n);
      if (!gone) return errorReply(lang, tr(lang, S.noSuch, { n }));
      return reply(lang, [text(bidiSafe(tr(lang, S.removed, { title: gone.title ?? gone.url }), lang))]);
    }
    const results = await pollAllFeeds(services);
    if (!results.length) return reply(lang, [text(tr(lang, S.none))]);
    return reply(lang, [
      heading(tr(lang, S.title)),
      list(
        results.map((r) => {
          const t = r.feed.title ?? r.feed.url;
          return bidiSafe(
            r.busy
              ? tr(lang, S.pollBusy, { title: t })
              : r.error
              ? tr(lang, S.pollFail, { title: t, reason: reasonText(r.error, lang) })
              : tr(lang, S.pollLine, { title: t, added: r.added, unchanged: r.unchanged, failed: r.failed, pending: r.pending }),
            lang,
          );
        }),
      ),
    ]);
  },
};
