import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { heading, list, reply, text } from '../src/reply/model.ts';
import { FreeText, clip } from '../src/views/briefing-views.ts';
import { L } from '../src/views/labels.ts';

export const precedents: CommandSpec = {
  name: 'precedents',
  description: { ar: 'الأحداث السابقة التي يستشهد بها المقال', en: 'Past events the article cites as comparisons' },
  phrases: ['سوابق', 'السوابق', 'سابقة', 'precedents'],
  needsBriefing: true,
  run: ({ briefing, lang }) => {
    const b = briefing!;
    if (!b.precedents.length) return reply(lang, [heading(tr(lang, L.precedents)), text(tr(lang, L.none))]);
    const ft = new FreeText(lang);
    const items = b.precedents.map((p) => {
      const years = p.years.length ? `${p.years.join(lang === 'ar' ? ' و' : ', ')}: ` : '';
      return `${years}${clip(ft.pick(p.text), 260)}`;
    });
    return reply(lang, [heading(tr(lang, L.precedents)), list(items), ...ft.marks()]);
  },
};
