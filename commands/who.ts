import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { oneLine } from '../src/core/sanitize.ts';
import { findPersonInLibrary } from '../src/library/people.ts';
import { closestCandidates, matchPeople, MATCH_THRESHOLD } from '../src/names/index.ts';
import { errorReply, list, note, reply, text } from '../src/reply/model.ts';
import { bidiSafe, personCard, personName, personRole, titleItem } from '../src/views/briefing-views.ts';

const S = {
  usage: { ar: 'اكتب اسمًا، مثلًا: ‎/who araghchi‎ أو «من هو عراقجي».', en: 'Give a name, e.g. /who araghchi' },
  notFound: { ar: 'لا أجد «{q}» في أي موجز.', en: 'No one called “{q}” in any briefing.' },
  closest: { ar: 'الأقرب: {names}', en: 'Closest: {names}' },
  alsoMatches: { ar: 'قد تقصد أيضًا: {names}', en: 'You may also mean: {names}' },
  elsewhere: { ar: '«{q}» ليس في الموجز الحالي، بل في:', en: '“{q}” is not in the current briefing, but in:' },
  inBriefing: { ar: '#{n}: {title} — ‎{p}use {n}‎', en: '#{n}: {title} — {p}use {n}' },
  alsoIn: { ar: 'مذكور أيضًا في: {list}', en: 'Also in: {list}' },
};

/** Names are short; anything longer is not a name and is cut before matching. */
const MAX_QUERY = 80;
/** Briefings pointed to when the person is elsewhere. */
const MAX_ELSEWHERE = 3;

export const who: CommandSpec = {
  name: 'who',
  description: { ar: 'من هو هذا الشخص، صفته وما قاله وفعله', en: 'Who a person is: role, what they said and did' },
  brief: { ar: 'من هذا الشخص', en: 'who a person is' },
  group: 'read',
  args: [{ name: 'name', description: { ar: 'الاسم بالعربية أو اللاتينية', en: 'name, in Arabic or Latin script' }, required: true }],
  phrases: ['من هو', 'من هي', 'مين', 'who is', 'who'],
  needsBriefing: true,
  run: async ({ briefing, lang, args, services, msg }) => {
    const q = oneLine(args).slice(0, MAX_QUERY);
    if (!q) return errorReply(lang, tr(lang, S.usage));
    const p = msg.commandPrefix ?? '/';
    const b = briefing!;
    const matches = matchPeople(q, b.people).filter((m) => m.score >= MATCH_THRESHOLD);
    const best = matches[0];
    // The current briefing first; then the rest of the library, so a name is never "unknown"
    // only because another article is the current one.
    const elsewhere = (await findPersonInLibrary(services.library, q, b.id)).slice(0, MAX_ELSEWHERE);
    const sep = lang === 'ar' ? '، ' : ', ';
    if (!best) {
      if (elsewhere.length) {
        return reply(lang, [
          text(tr(lang, S.elsewhere, { q })),
          list(
            elsewhere.map((e) => {
              const role = personRole(e.person, lang);
              const where = tr(lang, S.inBriefing, { n: e.n, title: titleItem(e.briefing, lang, 70), p });
              return bidiSafe(`${personName(e.person, lang)}${role ? ` (${role})` : ''} — ${where}`, lang);
            }),
          ),
        ]);
      }
      const near = closestCandidates(q, b.people, 3).map((x) => personName(x, lang));
      return errorReply(
        lang,
        tr(lang, S.notFound, { q }),
        near.length ? bidiSafe(tr(lang, S.closest, { names: near.join(sep) }), lang) : undefined,
      );
    }
    const blocks = personCard(b, best.person, lang);
    // A near-tie (e.g. two members of one family) is worth a pointer, not a second card.
    const ties = matches.slice(1, 3).filter((m) => m.score >= best.score - 0.05);
    if (ties.length) blocks.push(note(tr(lang, S.alsoMatches, { names: ties.map((m) => personName(m.person, lang)).join(sep) })));
    if (elsewhere.length) blocks.push(note(tr(lang, S.alsoIn, { list: elsewhere.map((e) => `#${e.n} (${p}use ${e.n})`).join(sep) })));
    return reply(lang, blocks);
  },
};
