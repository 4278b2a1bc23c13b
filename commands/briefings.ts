import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { briefingLine } from '../src/ingest/views.ts';
import { errorReply, heading, list, note, reply, text } from '../src/reply/model.ts';
import { pageRequest, paginate, SCREEN_CHARS } from '../src/views/pager.ts';
import { untranslatedNote } from '../src/views/briefing-views.ts';

const S = {
  title: { ar: 'الموجزات ({from}–{to} من {total})', en: 'Briefings ({from}–{to} of {total})' },
  empty: { ar: 'المكتبة فارغة. يضيف المشرفون المقالات بالأمر ‎/ingest‎.', en: 'The library is empty. Admins add articles with /ingest.' },
  current: { ar: '◀ الحالي', en: '◀ current' },
  hint: { ar: 'اختر موجزًا بالأمر ‎/use N‎.', en: 'Pick one with /use N.' },
  badPage: { ar: 'رقم الصفحة غير صالح. اكتب ‎/briefings‎ أو ‎/briefings more‎.', en: 'No such page. Send /briefings or /briefings more.' },
};

/** At most ten lines a screen, fewer when titles are long. */
export const BRIEFINGS_BUDGET = { chars: SCREEN_CHARS, items: 10 };

export const briefings: CommandSpec = {
  name: 'briefings',
  description: { ar: 'أحدث الموجزات في المكتبة', en: 'The latest briefings in the library' },
  brief: { ar: 'مكتبة الموجزات', en: 'the library of briefings' },
  group: 'follow',
  args: [{ name: 'more', description: { ar: 'الصفحة التالية', en: 'the next page' } }],
  phrases: ['الموجزات', 'المقالات', 'briefings', 'articles'],
  run: async ({ args, lang, services, chatKey, msg }) => {
    const total = await services.library.count();
    if (!total) return reply(lang, [text(tr(lang, S.empty))]);
    const page = pageRequest(args);
    if (page === null) return errorReply(lang, tr(lang, S.badPage));
    const current = (await services.library.current(chatKey))?.id;
    // A screen holds at most BRIEFINGS_BUDGET.items briefings: the newest page × that many cover
    // the screen asked for, without reading the whole library.
    const all = await services.library.page(0, page * BRIEFINGS_BUDGET.items);
    const p = paginate(lang, all, page, BRIEFINGS_BUDGET, ({ shown, from }) => {
      // Numbered by position in the whole library, which is what /use takes.
      const lines = shown.map((b, i) => `${from + i + 1}. ${briefingLine(b, lang)}${b.id === current ? ` ${tr(lang, S.current)}` : ''}`);
      return [
        heading(tr(lang, S.title, { from: from + 1, to: from + shown.length, total })),
        list(lines),
        ...untranslatedNote(lang, lines),
        note(tr(lang, S.hint)),
      ];
    }, { prefix: msg.commandPrefix ?? '/', command: 'briefings', total });
    return p.missing ? errorReply(lang, tr(lang, S.badPage)) : reply(lang, p.blocks);
  },
};
