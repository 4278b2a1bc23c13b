/**
 * /summary: the article in 3 short points (up to 5 with "more" / "المزيد"), the whole reply kept
 * within a chat-sized budget. An English reply on an Arabic article with no English summary (no
 * editor overlay, no translation provider) opens with an English gist generated from the parse,
 * labelled as such, then the Arabic points; the provider's or editor's English replaces it.
 */
import type { Briefing, Lang } from '../src/briefing/types.ts';
import type { CommandSpec } from '../src/core/command.ts';
import { machineMark, originalMark, show } from '../src/core/bilingual.ts';
import { tr } from '../src/core/i18n.ts';
import { clauseHead } from '../src/parser/summary-clause.ts';
import { englishGist } from '../src/parser/summary-gist.ts';
import { heading, list, note, reply, text, type Block } from '../src/reply/model.ts';
import { renderPlain } from '../src/reply/render-text.ts';
import { normaliseAr } from '../src/text/normalize.ts';
import { summaryPoints } from '../src/views/briefing-views.ts';
import { L } from '../src/views/labels.ts';

/** Points and reply budget (characters of the plain rendering), by default and with "more". */
export const SUMMARY_LIMITS = { default: { points: 3, chars: 600 }, more: { points: 5, chars: 1000 } } as const;

const MORE_WORDS = new Set(['more', 'all', 'full', 'long', 'المزيد', 'مزيد', 'اكثر', 'كامل', 'مفصل', 'موسع', 'الكل']);

export function wantsMore(args: string): boolean {
  return normaliseAr(args.toLowerCase()).split(/\s+/).some((w) => MORE_WORDS.has(w) || w === '5');
}

const GIST_LABEL = 'Gist generated from the Arabic, not a translation';
const AR_POINTS = 'Arabic points:';

function shortTitle(s: string, max = 60): string {
  if (s.length <= max) return s;
  return `${s.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/**
 * Fit `points` into the list block while the whole reply stays within `budget`: while it is over,
 * the longest later point that can be is replaced by its head cut at an earlier clause boundary,
 * then the lead point; when none can be cut further, the last point is left out. At least one
 * point is always shown.
 */
function fitPoints(before: Block[], after: Block[], lang: Lang, points: readonly string[], budget: number): string[] {
  const size = (items: string[]) => renderPlain(reply(lang, [...before, list(items), ...after])).length;
  // Each point is cut by its own language's rules: an overlay may translate some points only.
  const langOf = (p: string): Lang => (/[\u0600-\u06FF]/.test(p) ? 'ar' : 'en');
  const ladders = points.map((p) => [p, ...[25, 18, 12].map((n) => clauseHead(p, langOf(p), n)).filter((x): x is string => !!x)].filter((x, i, a) => a.indexOf(x) === i));
  const at = ladders.map(() => 0);
  const current = () => ladders.map((l, i) => l[at[i]!]!);
  while (ladders.length > 1 || (ladders.length === 1 && at[0]! < ladders[0]!.length - 1)) {
    if (size(current()) <= budget) break;
    // The lead point carries the news: later points are cut first.
    let longest = -1;
    ladders.forEach((l, i) => {
      if (i > 0 && at[i]! < l.length - 1 && (longest < 0 || l[at[i]!]!.length > ladders[longest]![at[longest]!]!.length)) longest = i;
    });
    if (longest < 0 && at[0]! < ladders[0]!.length - 1) longest = 0;
    if (longest >= 0) at[longest]!++;
    else if (ladders.length > 1) {
      ladders.pop();
      at.pop();
    }
  }
  return current();
}

export function summaryReplyBlocks(b: Briefing, lang: Lang, more: boolean): Block[] {
  const limit = more ? SUMMARY_LIMITS.more : SUMMARY_LIMITS.default;
  const { points, original, machine } = summaryPoints(b, lang, limit.points);
  const t = show(b.title, lang);
  const head = heading(`${tr(lang, L.summary)}: ${shortTitle(t.text || tr(lang, L.untitled))}`);
  // The gist stands in when none of the points to show has English; an overlay or provider that
  // covers some of them is shown point by point (the rest marked as original).
  if (lang === 'en' && b.lang === 'ar' && !points.some((p) => !/[\u0600-\u06FF]/.test(p))) {
    const gist = englishGist(b);
    const before: Block[] = [head, list(gist), note(GIST_LABEL), text(AR_POINTS)];
    const arPoints = fitPoints(before, [], lang, points, limit.chars);
    return arPoints.length ? [...before, list(arPoints)] : before.slice(0, 3);
  }
  const after: Block[] = [];
  if (original) after.push(note(originalMark(lang)));
  if (machine || t.machine) after.push(note(machineMark(lang)));
  if (!points.length) return [head, text(tr(lang, L.none)), ...after];
  return [head, list(fitPoints([head], after, lang, points, limit.chars)), ...after];
}

export const summary: CommandSpec = {
  name: 'summary',
  description: { ar: 'المقال في 3 نقاط قصيرة (المزيد: حتى 5)', en: 'The article in 3 short points (more: up to 5)' },
  args: [{ name: 'more', description: { ar: 'المزيد: حتى 5 نقاط', en: 'more: up to 5 points' } }],
  phrases: ['ملخص', 'الملخص', 'لخص', 'تلخيص', 'summary', 'summarize', 'summarise'],
  needsBriefing: true,
  run: ({ briefing, lang, args }) => reply(lang, summaryReplyBlocks(briefing!, lang, wantsMore(args))),
};
