/**
 * The head-hidden readings of the role ranker's training (roles28; trained on since roles31): every
 * dev wire-copy article parsed with the hand head lists stripped of the heads only its
 * cross-validation fold's gold roles open on (scripts/lib/role-heads.ts hideHeldHeads), as on copy
 * the lists were not fitted to, and the odd half with the heads only it opens hidden. Shared by
 * `npm run train:roles` (which trains every model on them) and `npm run cv:people --all-models`
 * (whose fold role models must train the shipped way to measure the shipped method). One cache:
 * both read `.cache/role-hidden-<key>.json` under the same name and key.
 *
 * Built by child processes of scripts/train-role-ranker.ts (`--parse-hidden K|odd --out FILE`): the
 * head lists are read into memoised word classes, so each hiding needs its own process.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Tally } from '../../src/eval/evaluate.ts';
import { cachedParse, parseInputsKey } from './parse-cache.ts';
import type { RoleRaw } from './ranker-examples.ts';

/** One article's role reading: the eval's role tallies (plain and strict) and its gold people's raw role inputs. */
export interface RoleParsed { id: string; roles: Tally; rolesStrict: Tally; raw: RoleRaw[] }
export interface HiddenReadings { folds: RoleParsed[]; odd: RoleParsed[] }

export const ROLE_FOLDS = 5;

/** Parses the hidden readings now (one child per fold, and the odd half unless `withOdd` is false). */
export function parseHiddenRoles(root: string, rare = 0, withOdd = true): HiddenReadings {
  const tsx = join(root, 'node_modules/.bin/tsx');
  const trainer = join(root, 'scripts/train-role-ranker.ts');
  const tmpBase = join(root, '.cache', `role-hidden-part-${process.pid}`);
  mkdirSync(join(root, '.cache'), { recursive: true });
  const part = (which: string): RoleParsed[] => {
    const tmp = `${tmpBase}.${which}`;
    const r = spawnSync(tsx, [trainer, '--parse-hidden', which, '--out', tmp, '--hide-rare', String(rare)], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`hidden parse ${which} failed (${r.status})`);
    const v = JSON.parse(readFileSync(tmp, 'utf8')) as RoleParsed[];
    rmSync(tmp);
    return v;
  };
  return { folds: Array.from({ length: ROLE_FOLDS }, (_, k) => part(String(k))).flat(), odd: withOdd ? part('odd') : [] };
}

/** The key the role parses are cached under (the role model itself is not read by them). */
export const roleParseKey = (root: string): string => parseInputsKey(root, ['data/role-ranker.json']);

/** The hidden readings, from the cache when there (`rare` > 0: the harsher hiding, its own cache). */
export function hiddenRoleReadings(root: string, key = roleParseKey(root), rare = 0, fresh = false): HiddenReadings {
  return cachedParse(root, `role-hidden${rare ? `-rare${rare}` : ''}`, key, () => parseHiddenRoles(root, rare), fresh);
}
