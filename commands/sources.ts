import type { CommandSpec } from '../src/core/command.ts';
import { show } from '../src/core/bilingual.ts';
import { tr } from '../src/core/i18n.ts';
import { heading, list, note, reply, text, type Block } from '../src/reply/model.ts';
import { bidiSafe } from '../src/views/briefing-views.ts';
import { L } from '../src/views/labels.ts';

const S = {
  article: { ar: 'المقال: {what}', en: 'Article: {what}' },
  published: { ar: 'نُشر: {d}', en: 'Published: {d}' },
};

export const sources: CommandSpec = {
  name: 'sources',
  description: { ar: 'المصادر ووسائل الإعلام والمحللون المذكورون', en: 'Outlets, agencies and analysts the article cites' },
  phrases: ['المصادر', 'مصادر', 'sources'],
  needsBriefing: true,
  run: ({ briefing, lang }) => {
    const b = briefing!;
    const blocks: Block[] = [heading(tr(lang, L.sources))];
    if (b.sources.length) {
      blocks.push(
        list(b.sources.map((s) => bidiSafe(`${show(s.name, lang).text} (${tr(lang, L[`kind_${s.kind}`])})`, lang))),
      );
    } else blocks.push(text(tr(lang, L.none)));
    const origin = [b.meta.outlet, b.meta.url].filter(Boolean).join(' — ');
    if (origin) blocks.push(note(bidiSafe(tr(lang, S.article, { what: origin }), lang)));
    if (b.meta.publishedAt) blocks.push(note(tr(lang, S.published, { d: b.meta.publishedAt.slice(0, 10) })));
    return reply(lang, blocks);
  },
};
