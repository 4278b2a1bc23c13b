/**
 * Who said a quote, as person ids: the one named speaker (`speakerId`) or the persons who said it
 * together (`speakerIds`, قال X وY إن). Every view that lists a person's quotes asks here, so a joint
 * quote shows under each of its speakers; a briefing stored before `speakerIds` existed reads as
 * before (one speaker or none).
 */
import type { Lang, Quote } from './types.ts';

/** The ids of the persons who said `q`, in the order written; empty for a source, a group or no one. */
export function speakerIdsOf(q: Pick<Quote, 'speakerId' | 'speakerIds'>): string[] {
  if (q.speakerId) return [q.speakerId];
  return Array.isArray(q.speakerIds) ? q.speakerIds.filter((id) => typeof id === 'string' && id !== '') : [];
}

/** The person `id` said `q`, alone or with others. */
export function saidBy(q: Pick<Quote, 'speakerId' | 'speakerIds'>, id: string): boolean {
  return speakerIdsOf(q).includes(id);
}

/**
 * Names said together, in one language: "A and B", "A, B and C"; «A وB», «A وB وC» (Arabic joins
 * every name with و, written on the word it joins). Empty when a name is not known in that language:
 * a list that leaves one speaker out would say the others spoke alone.
 */
export function joinNames(names: readonly string[], lang: Lang): string {
  const ns = names.map((n) => n.trim());
  if (!ns.length || ns.some((n) => !n)) return '';
  if (lang === 'ar') return ns.join(' و');
  if (ns.length <= 2) return ns.join(' and ');
  return `${ns.slice(0, -1).join(', ')} and ${ns.at(-1)}`;
}
