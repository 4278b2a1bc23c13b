import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { list, note, reply, text } from '../src/reply/model.ts';
import { title } from '../src/views/briefing-views.ts';

const S = {
  hello: {
    ar: 'أهلًا! أنا موجز: أحوّل الأخبار إلى موجزات قصيرة بالعربية والإنجليزية.',
    en: 'Hello! I am mujaz (موجز): news articles as short briefings, in Arabic and English.',
  },
  current: { ar: 'الموجز الحالي: {t}', en: 'Current briefing: {t}' },
  tryThese: { ar: 'جرّب:', en: 'Try:' },
  summary: { ar: '‎{p}summary‎ — الملخص', en: '{p}summary — the article in short points' },
  who: { ar: '«من هو …» أو ‎{p}who‎ الاسم — من هذا الشخص', en: '{p}who NAME — who a person is' },
  briefings: { ar: '‎{p}briefings‎ — كل الموجزات', en: '{p}briefings — every briefing' },
  help: { ar: 'كل الأوامر: ‎{p}help‎', en: 'All commands: {p}help' },
};

/** The first message a person sees: what this is, three things to try, and where the rest is. */
export const start: CommandSpec = {
  name: 'start',
  description: { ar: 'بدء المحادثة', en: 'Start the conversation' },
  phrases: ['ابدأ', 'مرحبا', 'السلام عليكم'],
  run: ({ lang, msg, briefing }) => {
    const p = msg.commandPrefix ?? '/';
    const blocks = [text(tr(lang, S.hello))];
    if (briefing) blocks.push(note(tr(lang, S.current, { t: title(briefing, lang) })));
    blocks.push(text(tr(lang, S.tryThese)), list([tr(lang, S.summary, { p }), tr(lang, S.who, { p }), tr(lang, S.briefings, { p })]));
    blocks.push(note(tr(lang, S.help, { p })));
    return reply(lang, blocks);
  },
};
