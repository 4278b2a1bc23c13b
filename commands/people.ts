import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { errorReply, heading, list, reply, text } from '../src/reply/model.ts';
import { L } from '../src/views/labels.ts';
import { bidiSafe, FreeText, mentionsText } from '../src/views/briefing-views.ts';
import { PHONE, pageRequest, paginate } from '../src/views/pager.ts';

export const people: CommandSpec = {
  name: 'people',
  group: 'read',
  description: { ar: 'الأشخاص المذكورون وصفاتهم', en: 'The people in the article and their roles' },
  brief: { ar: 'الأشخاص وصفاتهم', en: 'people and their roles' },
  args: [{ name: 'more', description: { ar: 'البقية', en: 'the rest' } }],
  phrases: ['الأشخاص', 'الاشخاص', 'أشخاص', 'الشخصيات', 'people'],
  needsBriefing: true,
  run: ({ briefing, lang, args, msg }) => {
    const page = pageRequest(args);
    const prefix = msg.commandPrefix ?? '/';
    if (page === null) return errorReply(lang, tr(lang, L.pageUsage, { cmd: `${prefix}people` }));
    const ps = [...briefing!.people].sort((a, b) => b.mentions - a.mentions || a.firstOffset - b.firstOffset);
    if (!ps.length) return reply(lang, [heading(tr(lang, L.people)), text(tr(lang, L.none))]);
    const p = paginate(lang, ps, page, PHONE, ({ shown }) => {
      const ft = new FreeText(lang);
      const items = shown.map((person) => {
        const name = ft.pick(person.name);
        const role = ft.pick(person.role);
        return bidiSafe(ft.tagged(`${name}${role ? ` — ${role}` : ''}`) + ` (${mentionsText(person.mentions, lang)})`, lang);
      });
      return [heading(tr(lang, L.people)), list(items), ...ft.marks()];
    }, { prefix, command: 'people' });
    return reply(lang, p.blocks, p.missing ? { error: true } : {});
  },
};
