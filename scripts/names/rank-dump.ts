/**
 * The dev probe words (probe-words.ts) with the rank of their right spelling in the list and the
 * list's first three, one word a line, to diff two dev models' lists (names41):
 *   MUJAZ_NAMES_MODEL=/tmp/a.bin NAMES_DEV=1 npx tsx scripts/names/rank-dump.ts > a.tsv
 */
import { romaniseCandidates } from '../../src/names/transliterate.ts';
import { model } from '../../src/names/translit/model.ts';
import { DEV_SPLIT } from './data.ts';
import { probeWords } from './probe-words.ts';

if (!DEV_SPLIT) throw new Error('run with NAMES_DEV=1 and a dev-split model (MUJAZ_NAMES_MODEL)');
const m = model();
for (const r of probeWords((key) => m.ar2en.has(key), Number(process.env.EVERY ?? 1))) {
  const got = romaniseCandidates(r.ar, 20);
  console.log([r.set, r.ar, r.want, got.indexOf(r.want), got.slice(0, 3).join(' ')].join('\t'));
}
