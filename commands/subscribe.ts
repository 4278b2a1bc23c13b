import type { Bi, Lang } from '../src/briefing/types.ts';
import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { errorReply, note, reply, text, type Reply } from '../src/reply/model.ts';
import { formatClock, zoneSuggestions } from '../src/digest/local-time.ts';
import type { Subscription } from '../src/digest/records.ts';
import { defaultZone, getSubscription, nextDue, parseSubscribeArgs, subscribe as saveSubscription } from '../src/digest/subscription.ts';
import type { Store } from '../src/store/types.ts';

const S = {
  current: { ar: 'موجز يومي الساعة {time} بتوقيت {tz}.', en: 'Daily digest at {time} ({tz}).' },
  always: { ar: 'يُرسل أحدث موجز حتى إن لم يكن هناك جديد.', en: 'The latest briefing is sent even when nothing is new.' },
  onlyNew: { ar: 'لا يُرسل شيء في الأيام التي لا جديد فيها.', en: 'Nothing is sent on days with nothing new.' },
  next: { ar: 'الموجز القادم: {date}.', en: 'Next digest: {date}.' },
  paused: {
    ar: 'الاشتراك متوقف لأن المنصة رفضت رسائل البوت هنا ({why}). اشترك من جديد لاستئنافه.',
    en: 'The subscription is paused because the platform refused the bot here ({why}). Subscribe again to resume.',
  },
  none: { ar: 'هذه المحادثة غير مشتركة في الموجز اليومي.', en: 'This chat has no daily digest.' },
  usage: {
    ar: 'للاشتراك: ‎{p}subscribe 08:00 Asia/Riyadh‎ (الوقت ‎20:00‎ أو ‎8:30 pm‎ أو ‎8am‎، والمنطقة الزمنية Area/City أو اسم المدينة، و‎--always‎ لإرسال أحدث موجز حتى بلا جديد).',
    en: 'To subscribe: {p}subscribe 08:00 Asia/Riyadh (time as 20:00, 8:30 pm or 8am; zone as Area/City or a city name; add --always to get the latest briefing even when nothing is new).',
  },
  done: { ar: 'تم. ستصلك هنا كل يوم الساعة {time} بتوقيت {tz} الموجزات الجديدة.', en: 'Done. New briefings will arrive here every day at {time} ({tz}).' },
  badTime: { ar: '«{input}» ليس وقتًا. اكتبه مثل 20:00 أو 8:30 pm أو 8am.', en: '{input} is not a time. Write it like 20:00, 8:30 pm or 8am.' },
  badZone: {
    ar: '«{input}» ليست منطقة زمنية. اكتبها بصيغة Area/City، مثل Asia/Riyadh.',
    en: '{input} is not a time zone. Use Area/City, e.g. Asia/Riyadh.',
  },
  zoneSuggest: { ar: 'هل تقصد: {zones}؟', en: 'Did you mean: {zones}?' },
  noZone: {
    ar: 'لم تذكر منطقة زمنية، فالوقت بتوقيت {tz}. لتغييرها: ‎{p}subscribe {time} Europe/Paris‎',
    en: 'No time zone given, so {tz} is used. To change it: {p}subscribe {time} Europe/Paris',
  },
  noTime: { ar: 'ينقص الوقت: ‎{p}subscribe 08:00 Asia/Riyadh‎', en: 'The time is missing: {p}subscribe 08:00 Asia/Riyadh' },
  unsubHint: { ar: 'لإلغاء الاشتراك: ‎{p}unsubscribe‎', en: 'To stop it: {p}unsubscribe' },
} satisfies Record<string, Bi>;

function describe(lang: Lang, store: Store, sub: Subscription, now: Date, p: string): Reply {
  const blocks = [text(tr(lang, S.current, { time: formatClock(sub.minutes), tz: sub.tz }))];
  blocks.push(note(tr(lang, sub.always ? S.always : S.onlyNew)));
  if (!sub.active) blocks.push(text(tr(lang, S.paused, { why: sub.inactiveReason ?? '?' })));
  else blocks.push(note(tr(lang, S.next, { date: nextDue(store, sub, now) })));
  blocks.push(note(tr(lang, S.unsubHint, { p })));
  return reply(lang, blocks);
}

export const subscribe: CommandSpec = {
  name: 'subscribe',
  group: 'follow',
  description: {
    ar: 'موجز يومي في هذه المحادثة: الوقت والمنطقة الزمنية',
    en: 'Daily digest in this chat: time and time zone',
  },
  brief: { ar: 'موجز يومي في وقتك', en: 'a daily digest at your time' },
  args: [
    { name: 'HH:MM', description: { ar: 'الوقت', en: 'time' } },
    { name: 'Area/City', description: { ar: 'المنطقة الزمنية', en: 'time zone' } },
    { name: '--always', description: { ar: 'حتى بلا جديد', en: 'even when nothing is new' } },
  ],
  phrases: ['اشتراك', 'اشترك', 'subscribe'],
  access: 'group-admin',
  run: async ({ args, lang, msg, chatKey, services }) => {
    const p = msg.commandPrefix ?? '/';
    const now = services.now();
    const a = parseSubscribeArgs(args);
    switch (a.kind) {
      case 'show': {
        const sub = getSubscription(services.store, chatKey);
        return sub ? describe(lang, services.store, sub, now, p) : reply(lang, [text(tr(lang, S.none)), note(tr(lang, S.usage, { p }))]);
      }
      case 'bad-time':
        return errorReply(lang, tr(lang, S.badTime, { input: a.input }), tr(lang, S.usage, { p }));
      case 'bad-zone': {
        const near = zoneSuggestions(a.input);
        return errorReply(
          lang,
          tr(lang, S.badZone, { input: a.input }),
          near.length ? tr(lang, S.zoneSuggest, { zones: near.join(', ') }) : tr(lang, S.usage, { p }),
        );
      }
      case 'no-time':
        return errorReply(lang, tr(lang, S.noTime, { p }));
      case 'usage':
        return errorReply(lang, tr(lang, S.usage, { p }));
      case 'set': {
        const tz = a.tz ?? defaultZone(services.store, chatKey);
        const sub = await saveSubscription(
          services.store,
          { chatKey, platform: msg.platform, chatId: msg.chatId, userId: msg.userId, userLocale: msg.userLocale },
          { minutes: a.minutes, tz, always: a.always },
          now,
        );
        const r = describe(lang, services.store, sub, now, p);
        r.blocks[0] = text(tr(lang, S.done, { time: formatClock(sub.minutes), tz: sub.tz }));
        if (!a.tz) r.blocks.splice(1, 0, note(tr(lang, S.noZone, { tz: sub.tz, time: formatClock(sub.minutes), p })));
        return r;
      }
    }
  },
};
