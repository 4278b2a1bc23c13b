/**
 * Issue 14's crash test: CRASH_KILLS (default 100) kill -9 of the real bot at random moments of
 * ingests, commands and digest ticks, for the lowdb data files and for PostgreSQL (skipped, in one
 * line, when no server answers at MUJAZ_TEST_DATABASE_URL). The harness is
 * test/helpers/crash-run.ts; CRASH_SEED repeats a run. Targets: 0 acknowledged items lost,
 * 0 duplicate digests, unknown deliveries ≤ 1 per message in flight at each crash (claims in doubt
 * whose digest never reached the platform: at most those the last commit released to their sends,
 * one commit per crash; see maxUnsentCommitsPerCrash in the harness).
 */
import { crashTrial, SENDERS, type CrashFigures, type Engine } from '../test/helpers/crash-run.ts';
import { PG_URL, pgReachable } from '../test/store/engines.ts';

const KILLS = Number(process.env.CRASH_KILLS ?? 100);
const SEED = Number(process.env.CRASH_SEED ?? 14);
const ENGINES = (process.env.CRASH_ENGINES ?? 'lowdb,postgres').split(',') as Engine[];

function print(f: CrashFigures): boolean {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  const a = f.acknowledged;
  out(`${f.engine} (bot as ${f.runtime}): ${f.kills} kills (start-up ${f.killsAt.startup}, digest tick ${f.killsAt.digest}, ingest ${f.killsAt.ingest}, command ${f.killsAt.command}, graceful stop ${f.killsAt.shutdown}; ${f.stoppedFirst} more graceful stops finished before their kill) in ${f.seconds.toFixed(0)} s`);
  out(`  acknowledged items: ${a.total} (ingests ${a.ingests}, subscriptions ${a.subscriptions}, language changes ${a.languages}); lost: ${f.lost.length} (target 0)`);
  out(`  digests: ${f.digests}; duplicate digests: ${f.duplicates.length} (target 0)`);
  out(`  unknown deliveries: ${f.unknown} (${f.unknownArrived} had in fact arrived); max per crash: ${f.maxUnknownPerCrash} (≤ ${SENDERS}, the sends in flight at once; most held by the platform at a kill: ${f.maxOpenSendsAtKill})`);
  out(`  claims in doubt whose digest never reached the platform, most after one crash: ${f.maxUnsentInDoubtPerCrash}, from at most ${f.maxUnsentCommitsPerCrash} commit(s) (target ≤ 1 commit, the newest: a claim is made right before its send, and a commit releases its claims' senders together)`);
  const pairs = f.perCrash.map((c) => `${c.inDoubt}/${c.heldAtKill}${c.unsent ? ` (${c.unsent} unsent${c.unsentCommits > 1 ? `, ${c.unsentCommits} commits` : ''})` : ''}`);
  out(`  per crash with a digest about, in doubt / held by the platform at the kill: ${pairs.join(', ') || 'none'}`);
  out(`  "may not have arrived" notices: ${f.notices} (target: one per unknown delivery; chat-days told twice: ${f.doubleNotices}); claims unsettled after the final run: ${f.unsettled}; handed ingests never answered: ${f.stillQueued}`);
  for (const l of f.lost.slice(0, 10)) out(`  LOST ${l}`);
  for (const d of f.duplicates.slice(0, 10)) out(`  DUPLICATE ${d}`);
  for (const p of f.problems.slice(0, 10)) out(`  PROBLEM ${p}`);
  return !f.lost.length && !f.duplicates.length && f.maxUnknownPerCrash <= SENDERS && f.maxUnsentCommitsPerCrash <= 1 && !f.unsettled && f.notices === f.unknown && !f.doubleNotices && !f.problems.length;
}

export async function run(): Promise<boolean> {
  let ok = true;
  for (const engine of ENGINES) {
    if (engine === 'postgres' && !(await pgReachable())) {
      process.stdout.write(`postgres: skipped, no PostgreSQL server answers at ${PG_URL}\n`);
      continue;
    }
    const f = await crashTrial({ engine, kills: KILLS, seed: SEED, pgUrl: PG_URL, log: (l) => process.stderr.write(`${l}\n`) });
    ok = print(f) && ok;
  }
  return ok;
}
