import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { heading, reply, text, type Block } from '../src/reply/model.ts';
import { FreeText, statementBlock } from '../src/views/briefing-views.ts';
import { L } from '../src/views/labels.ts';

const MAX = 8;

export const quotes: CommandSpec = {
  name: 'quotes',
  description: { ar: 'الاقتباسات مع قائليها', en: 'Quotes, with who said them' },
  phrases: ['اقتباسات', 'الاقتباسات', 'التصريحات', 'تصريحات', 'quotes'],
  needsBriefing: true,
  run: ({ briefing, lang }) => {
    const b = briefing!;
    const blocks: Block[] = [heading(tr(lang, L.quotes))];
    if (!b.quotes.length) return reply(lang, [...blocks, text(tr(lang, L.none))]);
    const ft = new FreeText(lang);
    for (const q of b.quotes.slice(0, MAX)) blocks.push(statementBlock(b, q, lang, ft));
    if (b.quotes.length > MAX) blocks.push(text(tr(lang, L.more, { n: b.quotes.length - MAX })));
    return reply(lang, [...blocks, ...ft.marks()]);
  },
};
