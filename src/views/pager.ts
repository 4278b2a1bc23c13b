/**
 * A size budget for chat replies. A reply is read on a phone: past a screenful it is skimmed or
 * scrolled past. List replies show as many items as fit in their budget (measured on the plain
 * rendering, which is what a reader sees), end with the exact command that continues, and that
 * command ("/timeline more", "/timeline المزيد", "/timeline more 3") shows the next screen.
 */
import type { Bi, Lang } from '../briefing/types.ts';
import { tr } from '../core/i18n.ts';
import { errorReply, heading, note, reply, text, type Block, type Reply } from '../reply/model.ts';
import { L } from './labels.ts';
import { renderPlain } from '../reply/render-text.ts';
import { asciiDigits } from '../text/normalize.ts';

/** One phone screen of text. */
export const SCREEN_CHARS = 900;

export interface Budget {
  /** Characters of the whole reply, rendered as plain text. */
  chars: number;
  /** Items per screen, whatever their length (a long list is hard to scan). */
  items?: number;
}

/** A screenful: 900 characters, and no more than 12 lines of list however short they are. */
export const PHONE: Budget = { chars: SCREEN_CHARS, items: 12 };

const MORE_WORDS = new Set(['more', 'next', 'rest', 'المزيد', 'مزيد', 'التالي', 'الباقي', 'البقية', 'بقية', 'اكثر', 'أكثر']);

/**
 * The page asked for in a command's arguments: '' is the first, "more" (or an Arabic word for it)
 * the second, "more 3" / "3" / "٣" that page. null: the arguments are not a page request.
 */
export function pageRequest(args: string): number | null {
  const words = asciiDigits(args.trim().toLowerCase()).split(/\s+/).filter(Boolean);
  if (!words.length) return 1;
  let more = false;
  let n: number | null = null;
  for (const w of words) {
    if (MORE_WORDS.has(w)) more = true;
    else if (/^\d{1,4}$/.test(w) && n === null) n = Number(w);
    else return null;
  }
  if (n !== null) return n >= 1 ? n : null;
  return more ? 2 : 1;
}

const S = {
  more: { ar: 'و{n} أخرى: ‎{cmd}‎', en: '{n} more: {cmd}' },
  noPage: { ar: 'لا صفحة {page}؛ الصفحات 1 إلى {pages}.', en: 'There is no page {page}; pages 1 to {pages}.' },
};

export interface MoreCommand {
  /** How commands are typed here ("/" or "/mujaz "). */
  prefix: string;
  command: string;
  /** Arguments that follow the page request (the words of a search). */
  tail?: string;
  /** Items in the whole list when `items` is only its first part (a library read a window at a time). */
  total?: number;
}

/** The command that shows page `page` (the second is "more", later ones "more N"). */
export function moreCommand(m: MoreCommand, page: number): string {
  return `${m.prefix}${m.command} more${page > 2 ? ` ${page}` : ''}${m.tail ? ` ${m.tail}` : ''}`;
}

/**
 * A page request in front of other arguments ("more 2 araghchi"): the page and the rest.
 * Only for commands whose own arguments are free words (/search).
 */
export function leadingPage(args: string): { page: number; rest: string } {
  const words = args.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || !MORE_WORDS.has(words[0]!.toLowerCase())) return { page: 1, rest: args.trim() };
  const n = asciiDigits(words[1]!);
  if (/^\d{1,4}$/.test(n) && words.length > 2) return { page: Math.max(1, Number(n)), rest: words.slice(2).join(' ') };
  return { page: 2, rest: words.slice(1).join(' ') };
}

export interface PageContext<T> {
  /** Items on this screen. */
  shown: T[];
  /** Index in the whole list of the first item shown. */
  from: number;
}

export interface Paged {
  blocks: Block[];
  page: number;
  pages: number;
  /** The page asked for does not exist. */
  missing: boolean;
}

/**
 * Cut `items` into screens that fit `budget` and build the one asked for. `build` makes the
 * reply's blocks for a set of items; the "N more: /cmd more" note is added here.
 * Every screen holds at least one item, so a list always progresses.
 */
export function paginate<T>(
  lang: Lang,
  items: readonly T[],
  page: number,
  budget: Budget,
  build: (c: PageContext<T>) => Block[],
  more: MoreCommand,
): Paged {
  const starts: number[] = [];
  let i = 0;
  while (i < items.length) {
    starts.push(i);
    let n = 1;
    const maxItems = budget.items ?? Infinity;
    while (i + n < items.length && n < maxItems) {
      const tryBlocks = withMore(lang, build({ shown: items.slice(i, i + n + 1), from: i }), i + n + 1, items.length, starts.length + 1, more);
      if (size(lang, tryBlocks) > budget.chars) break;
      n++;
    }
    i += n;
  }
  const pages = Math.max(1, starts.length);
  if (page > pages) return { blocks: [note(tr(lang, S.noPage, { page, pages }))], page, pages, missing: true };
  const from = starts[page - 1] ?? 0;
  const to = starts[page] ?? items.length;
  const blocks = withMore(lang, build({ shown: items.slice(from, to), from }), to, Math.max(items.length, more.total ?? 0), page + 1, more);
  return { blocks, page, pages, missing: false };
}

function withMore(lang: Lang, blocks: Block[], shownTo: number, total: number, nextPage: number, more: MoreCommand): Block[] {
  if (shownTo >= total) return blocks;
  return [...blocks, note(tr(lang, S.more, { n: total - shownTo, cmd: moreCommand(more, nextPage) }))];
}

function size(lang: Lang, blocks: Block[]): number {
  return renderPlain(reply(lang, blocks)).length;
}

/**
 * The reply of a command that lists a briefing's items (/people, /quotes, /timeline…): its page
 * argument read, "nothing of that kind" when the list is empty, one screen and its "more" otherwise.
 * `build` makes the blocks under the heading for the items on the screen.
 */
export function pagedListReply<T>(
  ctx: { lang: Lang; args: string; commandPrefix?: string },
  o: { command: string; heading: Bi; items: readonly T[]; budget?: Budget; build: (c: PageContext<T>) => Block[]; after?: Block[] },
): Reply {
  const { lang } = ctx;
  const prefix = ctx.commandPrefix ?? '/';
  const page = pageRequest(ctx.args);
  if (page === null) return errorReply(lang, tr(lang, L.pageUsage, { cmd: `${prefix}${o.command}` }));
  const head = heading(tr(lang, o.heading));
  if (!o.items.length) return reply(lang, [head, text(tr(lang, L.none)), ...(o.after ?? [])]);
  const p = paginate(lang, o.items, page, o.budget ?? PHONE, (c) => [head, ...o.build(c), ...(o.after ?? [])], { prefix, command: o.command });
  return reply(lang, p.blocks, p.missing ? { error: true } : {});
}
