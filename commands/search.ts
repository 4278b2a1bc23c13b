import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { oneLine } from '../src/core/sanitize.ts';
import { searchLibrary } from '../src/ingest/search.ts';
import { briefingLine } from '../src/ingest/views.ts';
import { errorReply, heading, list, note, reply, type Block } from '../src/reply/model.ts';
import { bidiSafe, personName, personRole, title } from '../src/views/briefing-views.ts';

const S = {
  usage: { ar: 'اكتب كلمات البحث، مثلًا: ‎/search عراقجي‎ أو ‎/search araghchi‎', en: 'Give words to look for, e.g. /search araghchi' },
  none: { ar: 'لا شيء في المكتبة عن «{q}».', en: 'Nothing in the library about “{q}”.' },
  briefings: { ar: 'موجزات', en: 'Briefings' },
  people: { ar: 'أشخاص', en: 'People' },
  inBriefing: { ar: 'في #{n}: {title}', en: 'in #{n}: {title}' },
  hint: { ar: 'افتح موجزًا بالأمر ‎/use N‎.', en: 'Open one with /use N.' },
};

const MAX_QUERY = 120;

export const search: CommandSpec = {
  name: 'search',
  description: { ar: 'البحث في كل الموجزات عن كلمات أو أشخاص', en: 'Search every briefing for words or people' },
  args: [{ name: 'words', description: { ar: 'كلمات بالعربية أو اللاتينية', en: 'words, in Arabic or Latin script' }, required: true }],
  phrases: ['ابحث عن', 'ابحث', 'بحث', 'search'],
  run: async ({ args, lang, services }) => {
    const q = oneLine(args).slice(0, MAX_QUERY);
    if (!q) return errorReply(lang, tr(lang, S.usage));
    const r = await searchLibrary(services.library, q);
    if (!r.briefings.length && !r.people.length) return errorReply(lang, tr(lang, S.none, { q }));
    const blocks: Block[] = [];
    if (r.briefings.length) {
      blocks.push(heading(tr(lang, S.briefings)), list(r.briefings.map((h) => `${h.n}. ${briefingLine(h.briefing, lang)}`)));
    }
    if (r.people.length) {
      blocks.push(
        heading(tr(lang, S.people)),
        list(
          r.people.map((h) => {
            const role = personRole(h.person, lang);
            const where = tr(lang, S.inBriefing, { n: h.n, title: title(h.briefing, lang) });
            return bidiSafe(`${personName(h.person, lang)}${role ? ` (${role})` : ''} — ${where}`, lang);
          }),
        ),
      );
    }
    blocks.push(note(tr(lang, S.hint)));
    return reply(lang, blocks);
  },
};
