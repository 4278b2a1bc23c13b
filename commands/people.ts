import type { CommandSpec } from '../src/core/command.ts';
import { list } from '../src/reply/model.ts';
import { L } from '../src/views/labels.ts';
import { bidiSafe, FreeText, mentionsText } from '../src/views/briefing-views.ts';
import { pagedListReply } from '../src/views/pager.ts';

export const people: CommandSpec = {
  name: 'people',
  group: 'read',
  description: { ar: 'الأشخاص المذكورون وصفاتهم', en: 'The people in the article and their roles' },
  brief: { ar: 'الأشخاص وصفاتهم', en: 'people and their roles' },
  args: [{ name: 'more', description: { ar: 'البقية', en: 'the rest' } }],
  phrases: ['الأشخاص', 'الاشخاص', 'أشخاص', 'الشخصيات', 'people'],
  needsBriefing: true,
  run: ({ briefing, lang, args, msg }) => {
    const ps = [...briefing!.people].sort((a, b) => b.mentions - a.mentions || a.firstOffset - b.firstOffset);
    return pagedListReply({ lang, args, commandPrefix: msg.commandPrefix }, {
      command: 'people',
      heading: L.people,
      items: ps,
      build: ({ shown }) => {
        const ft = new FreeText(lang);
        const items = shown.map((person) => {
          const name = ft.pick(person.name);
          const role = ft.pick(person.role);
          return bidiSafe(`${ft.tagged(`${name}${role ? ` — ${role}` : ''}`)} (${mentionsText(person.mentions, lang)})`, lang);
        });
        return [list(items), ...ft.marks()];
      },
    });
  },
};
