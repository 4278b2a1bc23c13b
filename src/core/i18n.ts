/**
 * Core messages in both languages. Commands keep their own strings next to their code;
 * only what the dispatcher itself says lives here.
 */
import type { Bi, Lang } from '../briefing/types.ts';

export function tr(lang: Lang, bi: Bi, vars: Record<string, string | number> = {}): string {
  return bi[lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export const M = {
  // {p} is how commands are typed on the platform: "/" or, on Slack, "/mujaz ".
  unknownCommand: { ar: 'لا أعرف الأمر ‎{p}{name}‎.', en: "I don't know the command {p}{name}." },
  didYouMean: { ar: 'هل تقصد ‎{p}{name}‎؟ أو اكتب ‎{p}help‎ لقائمة الأوامر.', en: 'Did you mean {p}{name}? Or send {p}help for the list.' },
  seeHelp: { ar: 'اكتب ‎{p}help‎ لقائمة الأوامر.', en: 'Send {p}help for the list of commands.' },
  notUnderstood: { ar: 'لم أفهم. اكتب ‎{p}help‎ لقائمة الأوامر.', en: "I didn't understand that. Send {p}help for the list of commands." },
  tooLong: {
    ar: 'الرسالة طويلة جدًا ({n} حرفًا). الحد {max} حرف.',
    en: 'That message is too long ({n} characters). The limit is {max}.',
  },
  noBriefing: {
    ar: 'لا يوجد موجز بعد. أضف مقالًا أولًا.',
    en: 'There is no briefing yet. Add an article first.',
  },
  adminOnly: { ar: 'هذا الأمر للمشرفين فقط.', en: 'Sorry, only mujaz admins can do that.' },
  groupAdminOnly: { ar: 'هذا الأمر لمشرفي المجموعة فقط.', en: 'Only the group’s admins can do that.' },
  storageUnavailable: {
    ar: 'تعذّر حفظ ذلك الآن: التخزين غير متاح. أُبلغ المشرف؛ حاول لاحقًا.',
    en: 'That could not be saved right now: storage is unavailable. The operator has been told; please try later.',
  },
  internalError: { ar: 'عذرًا، حدث خطأ. حاول مرة أخرى.', en: 'Sorry, something went wrong. Please try again.' },
} satisfies Record<string, Bi>;
