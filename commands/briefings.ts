import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { briefingLine } from '../src/ingest/views.ts';
import { errorReply, heading, list, note, reply, text } from '../src/reply/model.ts';

const S = {
  title: { ar: 'الموجزات ({from}–{to} من {total})', en: 'Briefings ({from}–{to} of {total})' },
  empty: { ar: 'المكتبة فارغة. يضيف المشرفون المقالات بالأمر ‎/ingest‎.', en: 'The library is empty. Admins add articles with /ingest.' },
  current: { ar: '◀ الحالي', en: '◀ current' },
  hint: { ar: 'اختر موجزًا بالأمر ‎/use N‎.', en: 'Pick one with /use N.' },
  more: { ar: 'للمزيد: ‎/briefings {page}‎', en: 'More: /briefings {page}' },
  badPage: { ar: 'رقم الصفحة غير صالح. الصفحات: 1 إلى {max}.', en: 'No such page. Pages: 1 to {max}.' },
};

export const PAGE = 10;

export const briefings: CommandSpec = {
  name: 'briefings',
  description: { ar: 'أحدث الموجزات في المكتبة', en: 'The latest briefings in the library' },
  args: [{ name: 'page', description: { ar: 'رقم الصفحة', en: 'page number' } }],
  phrases: ['الموجزات', 'المقالات', 'briefings', 'articles'],
  run: async ({ args, lang, services, chatKey }) => {
    const total = await services.library.count();
    if (!total) return reply(lang, [text(tr(lang, S.empty))]);
    const pages = Math.ceil(total / PAGE);
    const page = args.trim() ? Number(args.trim()) : 1;
    if (!Number.isInteger(page) || page < 1 || page > pages) return errorReply(lang, tr(lang, S.badPage, { max: pages }));
    const current = (await services.library.current(chatKey))?.id;
    const start = (page - 1) * PAGE;
    const shown = await services.library.page(start, PAGE);
    const blocks = [
      heading(tr(lang, S.title, { from: start + 1, to: start + shown.length, total })),
      // Numbered by position in the whole library, which is what /use takes.
      list(shown.map((b, i) => `${start + i + 1}. ${briefingLine(b, lang)}${b.id === current ? ` ${tr(lang, S.current)}` : ''}`)),
      note(tr(lang, S.hint)),
    ];
    if (page < pages) blocks.push(note(tr(lang, S.more, { page: page + 1 })));
    return reply(lang, blocks);
  },
};
