import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { unsubscribe as removeSubscription } from '../src/digest/subscription.ts';
import { reply, text } from '../src/reply/model.ts';

const S = {
  done: { ar: 'تم إلغاء الموجز اليومي في هذه المحادثة.', en: 'The daily digest for this chat is off.' },
  none: { ar: 'هذه المحادثة غير مشتركة في الموجز اليومي أصلًا.', en: 'This chat had no daily digest.' },
};

export const unsubscribe: CommandSpec = {
  name: 'unsubscribe',
  group: 'follow',
  description: { ar: 'إيقاف الموجز اليومي في هذه المحادثة', en: 'Stop the daily digest in this chat' },
  brief: { ar: 'إيقافه', en: 'stop it' },
  phrases: ['الغاء الاشتراك', 'unsubscribe'],
  access: 'group-admin',
  run: async ({ lang, chatKey, services }) => {
    const removed = await removeSubscription(services.store, chatKey);
    return reply(lang, [text(tr(lang, removed ? S.done : S.none))]);
  },
};
