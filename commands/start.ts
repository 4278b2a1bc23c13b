import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { reply, text } from '../src/reply/model.ts';
import { helpBlocks } from './help.ts';

const S = {
  hello: { ar: 'أهلًا! أنا موجز.', en: 'Hello! I am mujaz (موجز).' },
};

export const start: CommandSpec = {
  name: 'start',
  description: { ar: 'بدء المحادثة', en: 'Start the conversation' },
  phrases: ['ابدأ', 'مرحبا', 'السلام عليكم'],
  run: (ctx) => reply(ctx.lang, [text(tr(ctx.lang, S.hello)), ...helpBlocks(ctx)]),
};
