import type { CommandContext, CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { heading, list, note, reply, text, type Block } from '../src/reply/model.ts';
import { title } from '../src/views/briefing-views.ts';

const S = {
  about: {
    ar: 'موجز يحوّل المقالات الإخبارية إلى موجز منظم: الملخص، الأشخاص وصفاتهم، الاقتباسات، السوابق.',
    en: 'mujaz turns news articles into briefings: summary, people and their roles, quotes, precedents.',
  },
  commands: { ar: 'الأوامر', en: 'Commands' },
  current: { ar: 'المقال الحالي: {t}', en: 'Current article: {t}' },
  arabic: { ar: 'يمكنك أيضًا الكتابة بالعربية: «ملخص»، «من هو عراقجي»، «سوابق»، «اقتباسات».', en: 'Arabic works too: ملخص، من هو عراقجي، سوابق، اقتباسات.' },
};

export function helpBlocks(ctx: CommandContext): Block[] {
  const { lang, commands, msg, briefing } = ctx;
  const prefix = msg.commandPrefix ?? '/';
  const items = commands
    .filter((c) => !c.hidden)
    .map((c) => {
      const args = (c.args ?? []).map((a) => (a.required ? `<${a.name}>` : `[${a.name}]`)).join(' ');
      return `${prefix}${c.name}${args ? ` ${args}` : ''} — ${c.description[lang]}`;
    });
  const blocks: Block[] = [text(tr(lang, S.about)), heading(tr(lang, S.commands)), list(items)];
  if (briefing) blocks.push(note(tr(lang, S.current, { t: title(briefing, lang) })));
  blocks.push(note(tr(lang, S.arabic)));
  return blocks;
}

export const help: CommandSpec = {
  name: 'help',
  description: { ar: 'ما يفعله البوت وقائمة الأوامر', en: 'What the bot does and the command list' },
  phrases: ['مساعدة', 'مساعده', 'المساعدة', 'الأوامر', 'help'],
  run: (ctx) => reply(ctx.lang, helpBlocks(ctx), { ephemeral: true }),
};
