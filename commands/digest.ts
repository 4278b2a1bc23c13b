import type { CommandSpec } from '../src/core/command.ts';
import { digestNow } from '../src/digest/on-demand.ts';

export const digest: CommandSpec = {
  name: 'digest',
  description: { ar: 'موجز اليوم الآن', en: "Today's digest, now" },
  phrases: ['موجز اليوم', 'digest'],
  run: ({ lang, chatKey, msg, services }) =>
    digestNow(services, { chatKey, lang, commandPrefix: msg.commandPrefix }, services.now()),
};
