import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { errorReply, heading, quote, reply, text } from '../src/reply/model.ts';
import { clip, FreeText, quoteText } from '../src/views/briefing-views.ts';
import { L } from '../src/views/labels.ts';
import { PHONE, pageRequest, paginate } from '../src/views/pager.ts';

export const quotes: CommandSpec = {
  name: 'quotes',
  group: 'read',
  description: { ar: 'الاقتباسات مع قائليها', en: 'Quotes, with who said them' },
  brief: { ar: 'من قال ماذا', en: 'who said what' },
  args: [{ name: 'more', description: { ar: 'البقية', en: 'the rest' } }],
  phrases: ['اقتباسات', 'الاقتباسات', 'التصريحات', 'تصريحات', 'quotes'],
  needsBriefing: true,
  run: ({ briefing, lang, args, msg }) => {
    const b = briefing!;
    const prefix = msg.commandPrefix ?? '/';
    const page = pageRequest(args);
    if (page === null) return errorReply(lang, tr(lang, L.pageUsage, { cmd: `${prefix}quotes` }));
    if (!b.quotes.length) return reply(lang, [heading(tr(lang, L.quotes)), text(tr(lang, L.none))]);
    const p = paginate(lang, b.quotes, page, PHONE, ({ shown }) => {
      const ft = new FreeText(lang);
      // The tag goes at the end of the item, after the speaker: “…” — Putin [Arabic].
      const blocks = shown.map((q) => {
        const body = clip(ft.pick(quoteText(b, q)), 300);
        const who = ft.pick(q.speaker) || tr(lang, L.unnamedSource);
        return quote(body, ft.tagged(who));
      });
      return [heading(tr(lang, L.quotes)), ...blocks, ...ft.marks()];
    }, { prefix, command: 'quotes' });
    return reply(lang, p.blocks, p.missing ? { error: true } : {});
  },
};
