import type { CommandSpec } from '../src/core/command.ts';
import { reply } from '../src/reply/model.ts';
import { summaryBlocks } from '../src/views/briefing-views.ts';

export const summary: CommandSpec = {
  name: 'summary',
  description: { ar: 'المقال في نقاط قصيرة', en: 'The article in 3–5 short points' },
  phrases: ['ملخص', 'الملخص', 'لخص', 'تلخيص', 'summary', 'summarize', 'summarise'],
  needsBriefing: true,
  run: ({ briefing, lang }) => reply(lang, summaryBlocks(briefing!, lang)),
};
