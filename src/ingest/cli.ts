/**
 * `mujaz ingest PATH|URL ...`: files, folders and web pages into the library in the data
 * file. A progress bar on a terminal when there are many items; per-item failures on
 * stderr; one summary line on stdout. Exit 0 only when every item went in (added or already there),
 * 1 when any failed, so a script can tell a partial ingest from a whole one.
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { CreateApp } from '../core/app-types.ts';
import { loadConfig } from '../config.ts';
import { StoreBusyError } from '../store/types.ts';
import { awaitResults, handOff } from './inbox.ts';
import { IngestError } from './errors.ts';
import { collectTargets, type Target } from './collect.ts';
import type { ItemResult } from './ingest.ts';
import { ingesterFor } from './service.ts';

const PROGRESS_FROM = 5;

export function summaryLine(results: ItemResult[]): string {
  const count = (s: ItemResult['status']) => results.filter((r) => r.status === s).length;
  const failed = results.filter((r) => r.status === 'failed');
  const parts = [`added ${count('added')}`, `unchanged ${count('unchanged')}`];
  if (count('updated')) parts.push(`updated ${count('updated')}`);
  let line = `${parts.join(', ')}, failed ${failed.length}`;
  if (failed.length) line += `: ${failed.map((r) => `${r.source} (${r.error?.message ?? 'failed'})`).join('; ')}`;
  return line;
}

/** `createApp`: handed by src/cli.ts (the wiring), which features do not import. */
export async function ingestCli(argv: string[], createApp: CreateApp): Promise<number> {
  let positionals: string[];
  try {
    positionals = parseArgs({ args: argv, allowPositionals: true, strict: true }).positionals;
  } catch (e) {
    return usage((e as Error).message);
  }
  if (!positionals.length) return usage('missing PATH or URL (files, folders or web pages)');
  // The same configuration as `npm start`, .env included (MUJAZ_DATA_FILE above all).
  const config = loadConfig();
  const targets = await collectTargets(positionals);
  if (!targets.length) {
    process.stdout.write('nothing to ingest: no .txt, .html or .htm files found\n');
    return 1;
  }
  let app;
  try {
    app = await createApp(config);
  } catch (e) {
    if (e instanceof StoreBusyError && e.inbox) return handToRunning(e, targets, config.MUJAZ_INBOX_WAIT_MS);
    throw e;
  }
  const ingester = ingesterFor(app.services);
  const bar =
    targets.length >= PROGRESS_FROM && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {item}', hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(targets.length, 0, { item: '' });
  const results: ItemResult[] = [];
  for (const t of targets) {
    bar?.update({ item: t.value.length > 40 ? `…${t.value.slice(-39)}` : t.value });
    let r: ItemResult;
    if (t.kind === 'missing')
      r = { source: t.value, status: 'failed', error: new IngestError(t.code === 'ENOENT' ? 'not-found' : 'unreadable', t.code) };
    else if (t.kind === 'url') r = await ingester.fromUrl(t.value);
    else r = await ingester.fromFile(t.value);
    results.push(r);
    bar?.increment();
    if (!bar) {
      const what = r.status === 'failed' ? `failed: ${r.error?.message}` : r.status;
      process.stderr.write(`${t.value}: ${what}\n`);
    }
  }
  bar?.stop();
  await app.store.close();
  process.stdout.write(`${summaryLine(results)}\n`);
  return results.every((r) => r.status !== 'failed') ? 0 : 1;
}

/** A bot owns the data file: give it the items through its inbox and report what it did. */
async function handToRunning(busy: StoreBusyError, targets: Target[], waitMs: number): Promise<number> {
  const { names, failed } = await handOff(busy.inbox!, targets);
  process.stderr.write(`a running mujaz (pid ${busy.pid}) owns the data file: handing ${names.length} item(s) to it\n`);
  const got = await awaitResults(busy.inbox!, names, waitMs);
  const results: ItemResult[] = [...failed];
  for (const n of names) {
    const r = got.get(n);
    if (!r) continue;
    results.push({ source: r.source, status: r.status, ...(r.error ? { error: new IngestError(r.code ?? 'unreadable', r.detail ?? r.error) } : {}) });
    process.stderr.write(`${r.source}: ${r.status === 'failed' ? `failed: ${r.error}` : r.status}\n`);
  }
  const pending = names.length - got.size;
  process.stdout.write(`${summaryLine(results)}${pending ? `; ${pending} still queued for the running mujaz (pid ${busy.pid})` : ''}\n`);
  return results.some((r) => r.status !== 'failed') || pending ? 0 : 1;
}

function usage(problem: string): number {
  process.stderr.write(`mujaz ingest: ${problem}\nusage: mujaz ingest PATH|URL ...\n`);
  return 2;
}
