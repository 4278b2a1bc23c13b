import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { FreeText, statementBlock } from '../src/views/briefing-views.ts';
import { L } from '../src/views/labels.ts';
import { pagedListReply } from '../src/views/pager.ts';

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
    return pagedListReply({ lang, args, commandPrefix: msg.commandPrefix }, {
      command: 'quotes',
      heading: L.quotes,
      items: b.quotes,
      build: ({ shown }) => {
        const ft = new FreeText(lang);
        // By kind: only direct speech in quotation marks; the tag goes at the end of the item,
        // after the speaker: “…” — Putin [Arabic].
        const blocks = shown.map((q) => statementBlock(b, q, lang, ft, 300));
        return [...blocks, ...ft.marks()];
      },
    });
  },
};
