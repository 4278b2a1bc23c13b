import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { oneLine } from '../src/core/sanitize.ts';
import { searchLibrary, type BriefingHit, type PersonHit } from '../src/ingest/search.ts';
import { briefingLine } from '../src/ingest/views.ts';
import { errorReply, heading, list, note, reply, type Block } from '../src/reply/model.ts';
import { bidiSafe, personName, personRole, titleItem, untranslatedNote } from '../src/views/briefing-views.ts';
import { leadingPage, paginate, PHONE } from '../src/views/pager.ts';

const S = {
  usage: { ar: 'اكتب كلمات البحث، مثلًا: ‎/search عراقجي‎ أو ‎/search araghchi‎', en: 'Give words to look for, e.g. /search araghchi' },
  none: { ar: 'لا شيء في المكتبة عن «{q}».', en: 'Nothing in the library about “{q}”.' },
  briefings: { ar: 'موجزات', en: 'Briefings' },
  people: { ar: 'أشخاص', en: 'People' },
  inBriefing: { ar: 'في #{n}: {title}', en: 'in #{n}: {title}' },
  hint: { ar: 'افتح موجزًا بالأمر ‎/use N‎.', en: 'Open one with /use N.' },
};

const MAX_QUERY = 120;
/** Hits of each kind kept; the reply pages through them a screen at a time. */
const MAX_HITS = 30;

type Hit = { kind: 'briefing'; hit: BriefingHit } | { kind: 'person'; hit: PersonHit };

export const search: CommandSpec = {
  name: 'search',
  description: { ar: 'البحث في كل الموجزات عن كلمات أو أشخاص', en: 'Search every briefing for words or people' },
  brief: { ar: 'البحث في المكتبة', en: 'search the library' },
  group: 'follow',
  args: [{ name: 'words', description: { ar: 'كلمات بالعربية أو اللاتينية', en: 'words, in Arabic or Latin script' }, required: true }],
  phrases: ['ابحث عن', 'ابحث', 'بحث', 'search'],
  run: async ({ args, lang, services, msg }) => {
    // "/search more araghchi" continues "/search araghchi".
    const { page, rest } = leadingPage(oneLine(args));
    const q = rest.slice(0, MAX_QUERY);
    if (!q) return errorReply(lang, tr(lang, S.usage));
    const r = await searchLibrary(services.library, q, MAX_HITS);
    if (!r.briefings.length && !r.people.length) return errorReply(lang, tr(lang, S.none, { q }));
    const hits: Hit[] = [
      ...r.briefings.map((hit) => ({ kind: 'briefing' as const, hit })),
      ...r.people.map((hit) => ({ kind: 'person' as const, hit })),
    ];
    const p = paginate(lang, hits, page, PHONE, ({ shown }) => {
      const blocks: Block[] = [];
      const bs = shown.flatMap((h) => (h.kind === 'briefing' ? [h.hit] : []));
      const ps = shown.flatMap((h) => (h.kind === 'person' ? [h.hit] : []));
      const bLines = bs.map((h) => `${h.n}. ${briefingLine(h.briefing, lang)}`);
      const pLines = ps.map((h) => {
        const role = personRole(h.person, lang);
        const where = tr(lang, S.inBriefing, { n: h.n, title: titleItem(h.briefing, lang, 70) });
        return bidiSafe(`${personName(h.person, lang)}${role ? ` (${role})` : ''} — ${where}`, lang);
      });
      if (bLines.length) blocks.push(heading(tr(lang, S.briefings)), list(bLines));
      if (pLines.length) blocks.push(heading(tr(lang, S.people)), list(pLines));
      blocks.push(...untranslatedNote(lang, [...bLines, ...pLines]), note(tr(lang, S.hint)));
      return blocks;
    }, { prefix: msg.commandPrefix ?? '/', command: 'search', tail: q });
    return reply(lang, p.blocks, p.missing ? { error: true } : {});
  },
};
