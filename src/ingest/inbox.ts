/**
 * `mujaz ingest` beside a running bot: the data file has one writer (the bot), so the CLI hands
 * each item over as a file in the store's inbox folder and the bot, which watches the folder,
 * ingests it and leaves a result file the CLI reads back (and removes). Items are written under a
 * temp name and renamed (an envelope is never seen half-written), and removed once their result
 * is written; results the CLI never came back for are swept away after an hour.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, watch, type FSWatcher } from 'node:fs';
import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { App, Running } from '../core/app-types.ts';
import { log } from '../log.ts';
import { writeFileDurable } from '../store/lowdb/durable.ts';
import type { Target } from './collect.ts';
import { IngestError } from './errors.ts';
import type { Ingester, ItemResult } from './ingest.ts';
import { ingesterFor } from './service.ts';

interface Envelope {
  source: string;
  kind: 'file' | 'url';
  /** File items: the bytes, base64 (the CLI may read files the bot cannot). */
  bytes?: string;
}

export interface HandedResult {
  source: string;
  status: ItemResult['status'];
  error?: string;
  code?: IngestError['code'];
  detail?: string;
}

const DONE = 'done';

/**
 * Results nobody came for (the CLI stopped waiting, or was killed) and temp files a crash left
 * are removed once this old: far past the CLI's wait (MUJAZ_INBOX_WAIT_MS, a minute by default).
 */
export const LEFTOVER_MS = 60 * 60 * 1000;

/** Bot side: remove results and temp files older than LEFTOVER_MS from the inbox. */
export async function sweepLeftovers(inbox: string, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const dir of [join(inbox, DONE), inbox]) {
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => (dir === inbox ? n.startsWith('.') && n.endsWith('.tmp') : n.endsWith('.json') || n.endsWith('.tmp')));
    for (const n of names) {
      const st = await stat(join(dir, n)).catch(() => null);
      if (st && now - st.mtimeMs > LEFTOVER_MS && (await unlink(join(dir, n)).then(() => true, () => false))) removed++;
    }
  }
  return removed;
}

/** CLI side: put every target in the inbox; returns the names to wait for. */
export async function handOff(inbox: string, targets: Target[]): Promise<{ names: string[]; failed: ItemResult[] }> {
  mkdirSync(join(inbox, DONE), { recursive: true });
  const names: string[] = [];
  const failed: ItemResult[] = [];
  for (const t of targets) {
    if (t.kind === 'missing') {
      failed.push({ source: t.value, status: 'failed', error: new IngestError(t.code === 'ENOENT' ? 'not-found' : 'unreadable', t.code) });
      continue;
    }
    const env: Envelope = { source: t.kind === 'file' ? resolve(t.value) : t.value, kind: t.kind };
    if (t.kind === 'file') {
      try {
        env.bytes = (await readFile(t.value)).toString('base64');
      } catch (e) {
        failed.push({ source: t.value, status: 'failed', error: new IngestError('unreadable', (e as NodeJS.ErrnoException).code) });
        continue;
      }
    }
    const name = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}.json`;
    await writeFileDurable(join(inbox, name), JSON.stringify(env));
    names.push(name);
  }
  return { names, failed };
}

/** CLI side: results for the handed names, waiting up to `waitMs` (fewer when the bot is slow). */
export async function awaitResults(inbox: string, names: string[], waitMs: number, pollMs = 100): Promise<Map<string, HandedResult>> {
  const got = new Map<string, HandedResult>();
  const deadline = Date.now() + waitMs;
  while (got.size < names.length) {
    for (const n of names) {
      if (got.has(n)) continue;
      const f = join(inbox, DONE, n);
      if (!existsSync(f)) continue;
      try {
        got.set(n, JSON.parse(await readFile(f, 'utf8')) as HandedResult);
        await unlink(f).catch(() => undefined);
      } catch {
        /* being written: next round */
      }
    }
    if (got.size >= names.length || Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  return got;
}

/** Bot side: ingest one envelope, write its result, remove it. */
async function take(inbox: string, name: string, ingester: Ingester): Promise<void> {
  const file = join(inbox, name);
  let env: Envelope;
  try {
    env = JSON.parse(await readFile(file, 'utf8')) as Envelope;
  } catch (e) {
    log.warn(`inbox: ${name} is not a readable item (${(e as Error).message}); removed`);
    await unlink(file).catch(() => undefined);
    return;
  }
  const r =
    env.kind === 'url'
      ? await ingester.fromUrl(env.source)
      : await ingester.fromBytes(Buffer.from(env.bytes ?? '', 'base64'), env.source, { file: env.source });
  const out: HandedResult = { source: env.source, status: r.status, ...(r.error ? { error: r.error.message, code: r.error.code, detail: r.error.detail } : {}) };
  log.info(`inbox: ${env.source}: ${r.status}${r.error ? ` (${r.error.message})` : ''}`);
  await writeFileDurable(join(inbox, DONE, name), JSON.stringify(out));
  await unlink(file).catch(() => undefined);
}

/** Bot side: watch the inbox (events, and a slow poll for file systems without them). */
export function watchInbox(inbox: string, ingester: Ingester, pollMs = 2000): { stop(): Promise<void>; drain(): Promise<void> } {
  mkdirSync(join(inbox, DONE), { recursive: true });
  let running: Promise<void> = Promise.resolve();
  let again = false;
  let busy = false;
  const drain = (): Promise<void> => {
    if (busy) {
      again = true;
      return running;
    }
    busy = true;
    running = (async () => {
      do {
        again = false;
        const names = (await readdir(inbox).catch(() => [] as string[])).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort();
        for (const n of names) await take(inbox, n, ingester).catch((e: unknown) => log.warn(`inbox: ${n}: ${(e as Error).message}`));
      } while (again);
      const swept = await sweepLeftovers(inbox);
      if (swept) log.info(`inbox: removed ${swept} result file(s) nobody came for`);
      busy = false;
    })();
    return running;
  };
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(inbox, { persistent: false }, () => void drain());
  } catch {
    watcher = null;
  }
  const timer = setInterval(() => void drain(), pollMs);
  timer.unref();
  void drain();
  return {
    drain,
    stop: async () => {
      watcher?.close();
      clearInterval(timer);
      await running;
    },
  };
}

export async function startInbox(app: App): Promise<Running | null> {
  const inbox = app.store.inbox;
  if (!inbox) return null;
  const w = watchInbox(inbox, ingesterFor(app.services));
  return { name: 'inbox', stop: w.stop };
}
