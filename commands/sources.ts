import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { list, note, type Block } from '../src/reply/model.ts';
import { bidiSafe, FreeText } from '../src/views/briefing-views.ts';
import { L } from '../src/views/labels.ts';
import { pagedListReply } from '../src/views/pager.ts';

const S = {
  article: { ar: 'المقال: {what}', en: 'Article: {what}' },
  published: { ar: 'نُشر: {d}', en: 'Published: {d}' },
};

export const sources: CommandSpec = {
  name: 'sources',
  group: 'read',
  description: { ar: 'المصادر ووسائل الإعلام والمحللون المذكورون', en: 'Outlets, agencies and analysts the article cites' },
  brief: { ar: 'المصادر والمحللون', en: 'outlets and analysts' },
  args: [{ name: 'more', description: { ar: 'البقية', en: 'the rest' } }],
  phrases: ['المصادر', 'مصادر', 'sources'],
  needsBriefing: true,
  run: ({ briefing, lang, args, msg }) => {
    const b = briefing!;
    const origin: Block[] = [];
    const where = [b.meta.outlet, b.meta.url].filter(Boolean).join(' — ');
    if (where) origin.push(note(bidiSafe(tr(lang, S.article, { what: where }), lang)));
    if (b.meta.publishedAt) origin.push(note(tr(lang, S.published, { d: b.meta.publishedAt.slice(0, 10) })));
    return pagedListReply({ lang, args, commandPrefix: msg.commandPrefix }, {
      command: 'sources',
      heading: L.sources,
      items: b.sources,
      after: origin,
      build: ({ shown }) => {
        const ft = new FreeText(lang);
        const items = shown.map((s) => bidiSafe(`${ft.tagged(ft.pick(s.name))} (${tr(lang, L[`kind_${s.kind}`])})`, lang));
        return [list(items), ...ft.marks()];
      },
    });
  },
};
