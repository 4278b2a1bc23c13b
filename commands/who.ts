import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { oneLine } from '../src/core/sanitize.ts';
import { closestCandidates, matchPeople, MATCH_THRESHOLD } from '../src/names/index.ts';
import { errorReply, note, reply } from '../src/reply/model.ts';
import { bidiSafe, personCard, personName } from '../src/views/briefing-views.ts';

const S = {
  usage: { ar: 'اكتب اسمًا، مثلًا: ‎/who araghchi‎ أو «من هو عراقجي».', en: 'Give a name, e.g. /who araghchi' },
  notFound: { ar: 'لا أجد «{q}» بين الأشخاص في هذا المقال.', en: 'No one called “{q}” in this article.' },
  closest: { ar: 'الأقرب: {names}', en: 'Closest: {names}' },
  alsoMatches: { ar: 'قد تقصد أيضًا: {names}', en: 'You may also mean: {names}' },
};

/** Names are short; anything longer is not a name and is cut before matching. */
const MAX_QUERY = 80;

export const who: CommandSpec = {
  name: 'who',
  description: { ar: 'من هو هذا الشخص، صفته وما قاله وفعله', en: 'Who a person is: role, what they said and did' },
  args: [{ name: 'name', description: { ar: 'الاسم بالعربية أو اللاتينية', en: 'name, in Arabic or Latin script' }, required: true }],
  phrases: ['من هو', 'من هي', 'مين', 'who is', 'who'],
  needsBriefing: true,
  run: ({ briefing, lang, args }) => {
    const q = oneLine(args).slice(0, MAX_QUERY);
    if (!q) return errorReply(lang, tr(lang, S.usage));
    const b = briefing!;
    const matches = matchPeople(q, b.people).filter((m) => m.score >= MATCH_THRESHOLD);
    const best = matches[0];
    if (!best) {
      const near = closestCandidates(q, b.people, 3).map((p) => personName(p, lang));
      return errorReply(
        lang,
        tr(lang, S.notFound, { q }),
        near.length ? bidiSafe(tr(lang, S.closest, { names: near.join(lang === 'ar' ? '، ' : ', ') }), lang) : undefined,
      );
    }
    const blocks = personCard(b, best.person, lang);
    // A near-tie (e.g. two members of one family) is worth a pointer, not a second card.
    const ties = matches.slice(1, 3).filter((m) => m.score >= best.score - 0.05);
    if (ties.length) blocks.push(note(tr(lang, S.alsoMatches, { names: ties.map((m) => personName(m.person, lang)).join(', ') })));
    return reply(lang, blocks);
  },
};
