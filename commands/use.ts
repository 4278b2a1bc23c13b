import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { briefingLine, numberOf } from '../src/ingest/views.ts';
import { errorReply, note, reply, text } from '../src/reply/model.ts';
import { asciiDigits } from '../src/text/normalize.ts';

const S = {
  usage: { ar: 'اكتب رقم الموجز من ‎/briefings‎، مثلًا ‎/use 2‎. و‎/use latest‎ للانتقال إلى الأحدث.', en: 'Give a number from /briefings, e.g. /use 2. /use latest switches to the newest.' },
  now: { ar: 'الموجز الحالي في هذه المحادثة (#{n}): {line}', en: 'This chat’s briefing is now #{n}: {line}' },
  showing: { ar: 'الموجز الحالي (#{n}): {line}', en: 'Current briefing (#{n}): {line}' },
  latest: { ar: 'الموجز الحالي في هذه المحادثة هو الأحدث الآن (#1): {line}', en: 'This chat’s briefing is now the newest (#1): {line}' },
  noSuch: { ar: 'لا يوجد موجز برقم {n}. في المكتبة {total}.', en: 'There is no briefing number {n}. The library has {total}.' },
  empty: { ar: 'المكتبة فارغة.', en: 'The library is empty.' },
  next: { ar: 'الآن ‎/summary‎ و‎/people‎ وبقية الأوامر تعمل عليه.', en: '/summary, /people and the other commands now work on it.' },
};

const LATEST = new Set(['latest', 'newest', 'new', '0', 'الاحدث', 'الأحدث', 'احدث']);

export const use: CommandSpec = {
  name: 'use',
  group: 'follow',
  description: { ar: 'اختيار الموجز الذي تعمل عليه الأوامر في هذه المحادثة', en: 'Pick the briefing commands work on in this chat' },
  brief: { ar: 'اختيار موجز', en: 'pick the briefing to read' },
  args: [{ name: 'N', description: { ar: 'رقمه في ‎/briefings‎', en: 'its number in /briefings' }, required: true }],
  phrases: ['استخدم', 'اختر', 'use'],
  run: async ({ args, lang, services, chatKey }) => {
    const total = await services.library.count();
    if (!total) return errorReply(lang, tr(lang, S.empty));
    // Arabic-Indic and Persian digits are numbers too (/use ٢).
    const a = asciiDigits(args.trim().toLowerCase());
    if (!a) {
      const cur = (await services.library.current(chatKey))!;
      return reply(lang, [text(tr(lang, S.showing, { n: await numberOf(services.library, cur.id), line: briefingLine(cur, lang) })), note(tr(lang, S.usage))]);
    }
    if (LATEST.has(a)) {
      const newest = (await services.library.latest())!;
      await services.chats.setChat(chatKey, { currentBriefingId: newest.id });
      return reply(lang, [text(tr(lang, S.latest, { line: briefingLine(newest, lang) }))]);
    }
    // A number from /briefings, or a briefing id (stable, for scripts).
    const n = /^\d{1,6}$/.test(a) ? Number(a) : await services.library.position(a);
    const b = await services.library.nth(n);
    if (!b) return errorReply(lang, /^\d+$/.test(a) ? tr(lang, S.noSuch, { n: a, total }) : tr(lang, S.usage));
    await services.chats.setChat(chatKey, { currentBriefingId: b.id });
    return reply(lang, [text(tr(lang, S.now, { n, line: briefingLine(b, lang) })), note(tr(lang, S.next))]);
  },
};
