import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { heading, list, reply, text } from '../src/reply/model.ts';
import { FreeText, clip } from '../src/views/briefing-views.ts';
import { L } from '../src/views/labels.ts';

const MAX = 10;

export const timeline: CommandSpec = {
  name: 'timeline',
  description: { ar: 'الأحداث مرتبة زمنيًا', en: 'Dated events, in order' },
  phrases: ['التسلسل الزمني', 'الجدول الزمني', 'تسلسل', 'timeline'],
  needsBriefing: true,
  run: ({ briefing, lang }) => {
    const b = briefing!;
    if (!b.timeline.length) return reply(lang, [heading(tr(lang, L.timeline)), text(tr(lang, L.none))]);
    const ft = new FreeText(lang);
    // `when` labels are translated by the parser; only the event text may fall back to the original.
    const items = b.timeline.slice(0, MAX).map((e) => `${e.when[lang] || e.when.ar || e.when.en} — ${clip(ft.pick(e.text), 200)}`);
    const blocks = [heading(tr(lang, L.timeline)), list(items)];
    if (b.timeline.length > MAX) blocks.push(text(tr(lang, L.more, { n: b.timeline.length - MAX })));
    return reply(lang, [...blocks, ...ft.marks()]);
  },
};
