import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { heading, list, reply, text } from '../src/reply/model.ts';
import { L } from '../src/views/labels.ts';
import { bidiSafe, personName, personRole } from '../src/views/briefing-views.ts';

const MAX = 12;

export const people: CommandSpec = {
  name: 'people',
  description: { ar: 'الأشخاص المذكورون وصفاتهم', en: 'The people in the article and their roles' },
  phrases: ['الأشخاص', 'الاشخاص', 'أشخاص', 'الشخصيات', 'people'],
  needsBriefing: true,
  run: ({ briefing, lang }) => {
    const ps = [...briefing!.people].sort((a, b) => b.mentions - a.mentions || a.firstOffset - b.firstOffset);
    if (!ps.length) return reply(lang, [heading(tr(lang, L.people)), text(tr(lang, L.none))]);
    const items = ps.slice(0, MAX).map((p) => {
      const role = personRole(p, lang);
      return bidiSafe(`${personName(p, lang)}${role ? ` — ${role}` : ''} (${tr(lang, L.mentions, { n: p.mentions })})`, lang);
    });
    const blocks = [heading(tr(lang, L.people)), list(items)];
    if (ps.length > MAX) blocks.push(text(tr(lang, L.more, { n: ps.length - MAX })));
    return reply(lang, blocks);
  },
};
