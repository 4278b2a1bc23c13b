import type { CommandSpec } from '../src/core/command.ts';
import { list } from '../src/reply/model.ts';
import { FreeText } from '../src/views/briefing-views.ts';
import { L } from '../src/views/labels.ts';
import { pagedListReply, SCREEN_CHARS } from '../src/views/pager.ts';

/** Eight dated events are a screen; more is asked for with "/timeline more". */
export const TIMELINE_BUDGET = { chars: SCREEN_CHARS, items: 8 };

export const timeline: CommandSpec = {
  name: 'timeline',
  group: 'read',
  description: { ar: 'الأحداث مرتبة زمنيًا', en: 'Dated events, in order' },
  brief: { ar: 'الأحداث بتواريخها', en: 'dated events' },
  args: [{ name: 'more', description: { ar: 'البقية', en: 'the rest' } }],
  phrases: ['التسلسل الزمني', 'الجدول الزمني', 'تسلسل', 'timeline'],
  needsBriefing: true,
  run: ({ briefing, lang, args, msg }) =>
    pagedListReply({ lang, args, commandPrefix: msg.commandPrefix }, {
      command: 'timeline',
      heading: L.timeline,
      items: briefing!.timeline,
      budget: TIMELINE_BUDGET,
      build: ({ shown }) => {
        const ft = new FreeText(lang);
        // `when` labels are translated by the parser; only the event text may fall back to the original.
        const items = shown.map((e) => `${e.when[lang] || e.when.ar || e.when.en} — ${ft.item(e.text, 200)}`);
        return [list(items), ...ft.marks()];
      },
    }),
};
