import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { errorReply, heading, list, reply, text } from '../src/reply/model.ts';
import { FreeText, clip } from '../src/views/briefing-views.ts';
import { L } from '../src/views/labels.ts';
import { pageRequest, paginate, SCREEN_CHARS } from '../src/views/pager.ts';

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
  run: ({ briefing, lang, args, msg }) => {
    const b = briefing!;
    const page = pageRequest(args);
    if (page === null) return errorReply(lang, tr(lang, L.pageUsage, { cmd: `${msg.commandPrefix ?? '/'}timeline` }));
    if (!b.timeline.length) return reply(lang, [heading(tr(lang, L.timeline)), text(tr(lang, L.none))]);
    const p = paginate(lang, b.timeline, page, TIMELINE_BUDGET, ({ shown }) => {
      const ft = new FreeText(lang);
      // `when` labels are translated by the parser; only the event text may fall back to the original.
      const items = shown.map((e) => `${e.when[lang] || e.when.ar || e.when.en} — ${ft.item(e.text, 200)}`);
      return [heading(tr(lang, L.timeline)), list(items), ...ft.marks()];
    }, { prefix: msg.commandPrefix ?? '/', command: 'timeline' });
    return reply(lang, p.blocks, p.missing ? { error: true } : {});
  },
};
