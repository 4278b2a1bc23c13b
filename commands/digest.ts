import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { digestNow } from '../src/digest/on-demand.ts';
import { errorReply } from '../src/reply/model.ts';
import { L } from '../src/views/labels.ts';
import { pageRequest } from '../src/views/pager.ts';

export const digest: CommandSpec = {
  name: 'digest',
  description: { ar: 'موجز اليوم الآن', en: "Today's digest, now" },
  brief: { ar: 'موجز اليوم الآن', en: "today's digest, now" },
  group: 'follow',
  args: [{ name: 'more', description: { ar: 'البقية', en: 'the rest' } }],
  phrases: ['موجز اليوم', 'digest'],
  run: ({ lang, chatKey, msg, services, args }) => {
    const page = pageRequest(args);
    if (page === null) return errorReply(lang, tr(lang, L.pageUsage, { cmd: `${msg.commandPrefix ?? '/'}digest` }));
    return digestNow(services, { chatKey, lang, commandPrefix: msg.commandPrefix }, services.now(), page);
  },
};
