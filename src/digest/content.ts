/**
 * The digest itself: the briefings ingested since the chat's last digest, each as a title line
 * and its first three summary points in the chat's language (original text shown and marked
 * when no translation exists), then a hint to dig further with /who or /precedents.
 */
import type { Bi, Briefing, Lang } from '../briefing/types.ts';
import { tr } from '../core/i18n.ts';
import { heading, list, note, reply, text, type Block, type Reply } from '../reply/model.ts';
import { show } from '../core/bilingual.ts';
import { bidiSafe, clip, FreeText, summaryPoints } from '../views/briefing-views.ts';
import { L } from '../views/labels.ts';
import { paginate, PHONE } from '../views/pager.ts';

/** More than this many briefings in one digest are counted, not shown. */
export const MAX_BRIEFINGS = 5;
/**
 * A digest stays one platform message (Telegram allows 4,096 characters, markup included): a
 * digest split in two could be half-sent when the second part is refused, and re-sending it
 * would repeat the first half. Briefings that do not fit are counted, not shown.
 */
export const MAX_DIGEST_CHARS = 3_200;
const POINTS = 3;
/** Before a chat's first digest, "new" means ingested within this window. */
export const FIRST_LOOKBACK_MS = 24 * 60 * 60 * 1000;

const S = {
  heading: { ar: 'موجزك اليومي — {date}', en: 'Your daily digest — {date}' },
  nothingNew: {
    ar: 'لا جديد منذ موجزك الأخير؛ هذا أحدث موجز.',
    en: 'Nothing new since your last digest; here is the latest briefing.',
  },
  empty: { ar: 'لا توجد موجزات بعد.', en: 'There are no briefings yet.' },
  mayNotHaveArrived: {
    ar: 'ربما لم يصلك موجز اليوم ({date}) بسبب عطل عندنا: ‎{p}digest‎ يعرضه.',
    en: 'Today’s digest ({date}) may not have arrived because of a fault on our side: {p}digest shows it.',
  },
  hint: {
    ar: 'للمزيد: ‎{p}who‎ الاسم لمعرفة شخص، أو ‎{p}precedents‎ للسوابق.',
    en: 'For more: {p}who NAME about a person, or {p}precedents for what happened before.',
  },
} satisfies Record<string, Bi>;

export interface DigestSelection {
  briefings: Briefing[];
  /** True when nothing was new and the latest briefing stands in (--always, /digest). */
  fallback: boolean;
  /**
   * The briefings are those ingested after this instant (ISO) up to the run's: what a delivery
   * records so /digest can read them again. Absent for a fallback.
   */
  after?: string;
  /** How many briefings the interval holds when more than `briefings` lists (a busy day). */
  total?: number;
}

/** Where a digest's interval starts (exclusive): the chat's cursor, or with none the last 24 hours. */
export function digestAfter(cursor: string | undefined, upTo: Date): string {
  return cursor ?? new Date(upTo.getTime() - FIRST_LOOKBACK_MS).toISOString();
}

/** What a delivery records of the digest it holds: the interval, or a fallback's one briefing. */
export function recordedSelection(sel: DigestSelection): { briefingIds: string[]; after?: string } {
  return sel.after ? { briefingIds: [], after: sel.after } : { briefingIds: sel.briefings.map((b) => b.id) };
}

/** Briefings ingested in (cursor, upTo], newest first; with no cursor, the last 24 hours. */
export function newBriefings(all: readonly Briefing[], cursor: string | undefined, upTo: Date): Briefing[] {
  const from = cursor ? Date.parse(cursor) : upTo.getTime() - FIRST_LOOKBACK_MS;
  return all
    .filter((b) => {
      const t = Date.parse(b.meta.ingestedAt ?? '');
      return Number.isFinite(t) && t > from && t <= upTo.getTime();
    })
    .sort((a, b) => (b.meta.ingestedAt ?? '').localeCompare(a.meta.ingestedAt ?? ''));
}

/** What a digest would hold; null when there is nothing to send. */
export function selectDigest(
  all: readonly Briefing[],
  cursor: string | undefined,
  upTo: Date,
  opts: { always: boolean; latest: Briefing | undefined; total?: number },
): DigestSelection | null {
  const fresh = newBriefings(all, cursor, upTo);
  if (fresh.length) {
    const sel: DigestSelection = { briefings: fresh, fallback: false, after: digestAfter(cursor, upTo) };
    if (opts.total !== undefined && opts.total > fresh.length) sel.total = opts.total;
    return sel;
  }
  if (opts.always && opts.latest) return { briefings: [opts.latest], fallback: true };
  return null;
}

export function digestReply(
  sel: DigestSelection,
  lang: Lang,
  localDate: string,
  opts: { commandPrefix?: string } = {},
): Reply {
  const ft = new FreeText(lang);
  let original = false;
  const blocks: Block[] = [heading(tr(lang, S.heading, { date: localDate }))];
  if (sel.fallback) blocks.push(note(tr(lang, S.nothingNew)));
  let used = 400; // heading, notes and hint
  let shown = 0;
  for (const b of sel.briefings.slice(0, MAX_BRIEFINGS)) {
    const t = clip(show(b.title, lang).text || tr(lang, L.untitled), 200);
    const s = summaryPoints(b, lang, POINTS);
    const points = s.points.map((p) => clip(p));
    const size = t.length + points.reduce((n, p) => n + p.length + 4, 0) + 8;
    if (shown > 0 && used + size > MAX_DIGEST_CHARS) break;
    used += size;
    shown++;
    ft.pick(b.title);
    blocks.push(text(bidiSafe(t, lang)));
    if (s.original) original = true;
    if (points.length) blocks.push(list(points));
  }
  const more = (sel.total ?? sel.briefings.length) - shown;
  if (more > 0) blocks.push(note(tr(lang, L.more, { n: more })));
  if (original && !ft.usedOriginal) ft.usedOriginal = true;
  blocks.push(...ft.marks());
  blocks.push(note(tr(lang, S.hint, { p: opts.commandPrefix ?? '/' })));
  return reply(lang, blocks);
}

/** To a chat whose digest was being sent when the bot stopped: it may or may not have arrived. */
export function unknownDeliveryReply(lang: Lang, localDate: string, commandPrefix = '/'): Reply {
  return reply(lang, [text(tr(lang, S.mayNotHaveArrived, { date: localDate, p: commandPrefix }))]);
}

/** Points per briefing and their length when the digest is asked for on a phone (/digest). */
const SCREEN_POINTS = 2;
const SCREEN_POINT_CHARS = 160;

/**
 * The digest a person asks for with /digest: one phone screen at a time, each briefing as its
 * title and two short points, each untranslated line tagged, then "N more: /digest more".
 */
export function digestScreen(
  sel: DigestSelection,
  lang: Lang,
  localDate: string,
  page: number,
  opts: { commandPrefix?: string } = {},
): Reply {
  const prefix = opts.commandPrefix ?? '/';
  const p = paginate(lang, sel.briefings, page, PHONE, ({ shown }) => {
    const ft = new FreeText(lang);
    const blocks: Block[] = [heading(tr(lang, S.heading, { date: localDate }))];
    if (sel.fallback) blocks.push(note(tr(lang, S.nothingNew)));
    for (const b of shown) {
      blocks.push(text(bidiSafe(ft.tagged(clip(ft.pick(b.title) || tr(lang, L.untitled), 120)), lang)));
      const s = summaryPoints(b, lang, SCREEN_POINTS);
      // A point not among the reply language's points is shown in the original.
      const mine = new Set(b.summary[lang].map((x) => x.trim()));
      const points = s.points.map((x) => {
        const c = clip(x, SCREEN_POINT_CHARS);
        return s.original && !mine.has(x.trim()) ? ft.original(c) : c;
      });
      if (points.length) blocks.push(list(points));
    }
    blocks.push(...ft.marks(), note(tr(lang, S.hint, { p: prefix })));
    return blocks;
  }, { prefix, command: 'digest' });
  return reply(lang, p.blocks, p.missing ? { error: true } : {});
}

export function noBriefingsReply(lang: Lang): Reply {
  return reply(lang, [text(tr(lang, S.empty))]);
}
