import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { errorReply, heading, list, reply, text } from '../src/reply/model.ts';
import { FreeText } from '../src/views/briefing-views.ts';
import { L } from '../src/views/labels.ts';
import { PHONE, pageRequest, paginate } from '../src/views/pager.ts';

export const precedents: CommandSpec = {
  name: 'precedents',
  group: 'read',
  description: { ar: 'الأحداث السابقة التي يستشهد بها المقال', en: 'Past events the article cites as comparisons' },
  brief: { ar: 'سوابق يستشهد بها المقال', en: 'past events it cites' },
  args: [{ name: 'more', description: { ar: 'البقية', en: 'the rest' } }],
  phrases: ['سوابق', 'السوابق', 'سابقة', 'precedents'],
  needsBriefing: true,
  run: ({ briefing, lang, args, msg }) => {
    const b = briefing!;
    const prefix = msg.commandPrefix ?? '/';
    const page = pageRequest(args);
    if (page === null) return errorReply(lang, tr(lang, L.pageUsage, { cmd: `${prefix}precedents` }));
    if (!b.precedents.length) return reply(lang, [heading(tr(lang, L.precedents)), text(tr(lang, L.none))]);
    const p = paginate(lang, b.precedents, page, PHONE, ({ shown }) => {
      const ft = new FreeText(lang);
      const items = shown.map((pr) => {
        const years = pr.years.length ? `${pr.years.join(lang === 'ar' ? ' و' : ', ')}: ` : '';
        return `${years}${ft.item(pr.text, 260)}`;
      });
      return [heading(tr(lang, L.precedents)), list(items), ...ft.marks()];
    }, { prefix, command: 'precedents' });
    return reply(lang, p.blocks, p.missing ? { error: true } : {});
  },
};
