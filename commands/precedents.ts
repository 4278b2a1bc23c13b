import type { CommandSpec } from '../src/core/command.ts';
import { list } from '../src/reply/model.ts';
import { FreeText } from '../src/views/briefing-views.ts';
import { L } from '../src/views/labels.ts';
import { pagedListReply } from '../src/views/pager.ts';

export const precedents: CommandSpec = {
  name: 'precedents',
  group: 'read',
  description: { ar: 'الأحداث السابقة التي يستشهد بها المقال', en: 'Past events the article cites as comparisons' },
  brief: { ar: 'سوابق يستشهد بها المقال', en: 'past events it cites' },
  args: [{ name: 'more', description: { ar: 'البقية', en: 'the rest' } }],
  phrases: ['سوابق', 'السوابق', 'سابقة', 'precedents'],
  needsBriefing: true,
  run: ({ briefing, lang, args, msg }) =>
    pagedListReply({ lang, args, commandPrefix: msg.commandPrefix }, {
      command: 'precedents',
      heading: L.precedents,
      items: briefing!.precedents,
      build: ({ shown }) => {
        const ft = new FreeText(lang);
        const items = shown.map((pr) => {
          const years = pr.years.length ? `${pr.years.join(lang === 'ar' ? ' و' : ', ')}: ` : '';
          return `${years}${ft.item(pr.text, 260)}`;
        });
        return [list(items), ...ft.marks()];
      },
    }),
};
