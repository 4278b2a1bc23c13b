import type { Lang } from '../src/briefing/types.ts';
import type { CommandContext, CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { heading, list, note, reply, text, type Block } from '../src/reply/model.ts';
import { clip, title } from '../src/views/briefing-views.ts';

const S = {
  about: {
    ar: 'موجز يحوّل المقالات الإخبارية إلى موجزات: ملخص، أشخاص، اقتباسات، سوابق.',
    en: 'mujaz turns news articles into briefings: summary, people, quotes, precedents.',
  },
  read: { ar: 'اقرأ الموجز', en: 'Read a briefing' },
  follow: { ar: 'تابع الأخبار', en: 'Follow the news' },
  admin: { ar: 'للمشرفين', en: 'Admin' },
  current: { ar: 'المقال الحالي: {t}', en: 'Current article: {t}' },
  arabic: {
    ar: 'الأوامر تُكتب بالعربية أيضًا: «ملخص»، «من هو عراقجي». القائمة الطويلة تنتهي بأمر «المزيد».',
    en: 'Commands work in Arabic too: ملخص، من هو عراقجي. A long list ends with its “more” command.',
  },
};

const GROUPS = ['read', 'follow', 'admin'] as const;

/** The group /help lists a command under (see CommandSpec.group). */
export function groupOf(c: CommandSpec): CommandSpec['group'] {
  return c.group ?? (c.needsBriefing ? 'read' : undefined);
}

/** One short line per command: "/who NAME — who a person is". */
function line(c: CommandSpec, lang: Lang, prefix: string): string {
  const args = (c.args ?? []).filter((a) => a.required).map((a) => a.name.toUpperCase()).join(' ');
  return `${prefix}${c.name}${args ? ` ${args}` : ''} — ${(c.brief ?? c.description)[lang]}`;
}

export function helpBlocks(ctx: CommandContext): Block[] {
  const { lang, commands, msg, briefing, services } = ctx;
  const prefix = msg.commandPrefix ?? '/';
  // Admin commands only for admins: others could not run them anyway.
  const admin = services.isAdmin(msg.platform, msg.userId);
  const blocks: Block[] = [text(tr(lang, S.about))];
  for (const g of GROUPS) {
    if (g === 'admin' && !admin) continue;
    const cs = commands.filter((c) => !c.hidden && groupOf(c) === g);
    if (cs.length) blocks.push(heading(tr(lang, S[g])), list(cs.map((c) => line(c, lang, prefix))));
  }
  if (briefing) blocks.push(note(tr(lang, S.current, { t: clip(title(briefing, lang), 60) })));
  blocks.push(note(tr(lang, S.arabic)));
  return blocks;
}

export const help: CommandSpec = {
  name: 'help',
  description: { ar: 'ما يفعله البوت وقائمة الأوامر', en: 'What the bot does and the command list' },
  phrases: ['مساعدة', 'مساعده', 'المساعدة', 'الأوامر', 'help'],
  run: (ctx) => reply(ctx.lang, helpBlocks(ctx), { ephemeral: true }),
};
