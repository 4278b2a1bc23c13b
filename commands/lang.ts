import type { Lang } from '../src/briefing/types.ts';
import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { foldForPhrase } from '../src/core/phrase.ts';
import { errorReply, reply, text } from '../src/reply/model.ts';

const S = {
  set: { ar: 'حسنًا، سأرد بالعربية في هذه المحادثة.', en: 'OK, I will reply in English in this chat.' },
  usage: { ar: 'اللغة الحالية: العربية. للتغيير: ‎/lang en‎ أو ‎/lang ar‎', en: 'Current language: English. To change it: /lang ar or /lang en' },
};

const NAMES: Record<string, Lang> = {
  ar: 'ar', arabic: 'ar', عربي: 'ar', العربيه: 'ar', عربيه: 'ar',
  en: 'en', english: 'en', انجليزي: 'en', الانجليزيه: 'en', انكليزي: 'en', انجليزيه: 'en',
};

export const lang: CommandSpec = {
  name: 'lang',
  group: 'follow',
  description: { ar: 'لغة الردود في هذه المحادثة: ar أو en', en: 'Reply language for this chat: ar or en' },
  brief: { ar: 'لغة الردود: ar أو en', en: 'reply language: ar or en' },
  args: [{ name: 'ar|en', description: { ar: 'اللغة', en: 'language' } }],
  phrases: ['اللغه', 'لغه', 'language'],
  run: async ({ args, lang: current, services, chatKey }) => {
    const want = NAMES[foldForPhrase(args)];
    if (!args.trim()) return reply(current, [text(tr(current, S.usage))]);
    if (!want) return errorReply(current, tr(current, S.usage));
    await services.chats.setChat(chatKey, { lang: want });
    return reply(want, [text(tr(want, S.set))]);
  },
};
