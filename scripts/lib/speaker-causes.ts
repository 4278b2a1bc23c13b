/**
 * The cause of one wrong speaker choice, read from the candidates' features alone (no parse), so
 * the trainer's cross-validation and the offline scripts can count held-out mistakes by cause:
 * which of the round-twelve causes (issue 11) is larger on copy the ranker was not fitted on.
 */

/** The candidate's type, from its `bias:` feature. */
const typeOf = (fs: readonly string[]): string => fs.find((f) => f.startsWith('bias:'))?.slice(5) ?? '?';

/**
 * `feats[i]` the candidates' features, `right[i]` the gold's verdict, `pick` the chosen one.
 * Causes, in order of precedence:
 * - `no right candidate`: the right speaker was never offered (the candidates' ceiling);
 * - `junk subject`: the chosen phrase opens on no title, source, outlet, body or name (head:other);
 * - `statement for issuer` / `issuer for statement`: a means of speaking (بيان، تقرير) against its issuer;
 * - `implicit subject`: the verb of saying states no subject after it and neither choice is its subject;
 * - `earlier verb's subject`: the right or the chosen candidate is the subject of an earlier clause's verb (vsubj);
 * - `description for person` / `person for description`: a described source against a person;
 * - `wrong person`: two persons;
 * - `unattributed`: unattributed chosen or wanted;
 * - else `<chosen type> for <right types>`.
 */
export function causeOf(feats: readonly (readonly string[])[], right: readonly boolean[], pick: number): string {
  const rights = feats.map((_, i) => i).filter((i) => right[i]);
  if (!rights.length) return 'no right candidate';
  const ch = feats[pick]!;
  const rt = new Set(rights.map((i) => typeOf(feats[i]!)));
  const ct = typeOf(ch);
  const anyRight = (f: (fs: readonly string[]) => boolean) => rights.some((i) => f(feats[i]!));
  const has = (x: string) => (fs: readonly string[]) => fs.includes(x);
  if (ch.includes('head:other') && ct !== 'person') return 'junk subject';
  if (ch.includes('medium') && !anyRight(has('medium'))) return 'statement for issuer';
  if (!ch.includes('medium') && anyRight(has('medium'))) return 'issuer for statement';
  const subjAfter = feats.some((fs) => fs.includes('subj'));
  if (!subjAfter && !ch.includes('vsubj') && !anyRight(has('vsubj')) && !ch.some((f) => f.startsWith('side:before'))) return 'implicit subject';
  if (ch.includes('vsubj') || anyRight(has('vsubj'))) return "earlier verb's subject";
  if (ct === 'unattributed' || rt.has('unattributed')) return 'unattributed';
  if (ct === 'person' && rt.has('person')) return 'wrong person';
  if (ct === 'person' && (rt.has('described') || rt.has('body') || rt.has('named'))) return 'person for description';
  if ((ct === 'described' || ct === 'body' || ct === 'named') && rt.has('person')) return 'description for person';
  return `${ct} for ${[...rt].sort().join('/')}`;
}
