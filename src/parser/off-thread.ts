/**
 * Parsing off the event loop, within a time budget. A 5 MB paste or a hostile feed item must not
 * freeze every chat, Slack acknowledgement and digest while it is parsed, and no input may hold a
 * core forever: large texts go to one worker thread, which is terminated (and replaced on the
 * next job) when a parse outlives its budget. Small texts parse inline: starting a worker costs
 * more than they do, and the parser is linear, so they block for milliseconds only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ParseError } from './errors.ts';
import { parseArticleInfo, type ParseInfo, type ParseOptions } from './index.ts';

/** Below this many characters the parse runs inline (≈ 50 ms of parsing on a slow core). */
export const INLINE_MAX_CHARS = 16_000;
/** Default budget: ordinary text parses at 1–3 µs a character, so 5 MB takes well under 15 s. */
export const DEFAULT_BUDGET_MS = 30_000;

interface Pending { resolve: (i: ParseInfo) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Worker {
  // The compiled build ships parse-worker.js beside this file. Under tsx (development, tests) the
  // worker is the .ts source: Node's worker cannot take --import for it, so a two-line bootstrap
  // registers tsx's loader inside the worker before importing the source.
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./parse-worker.js', import.meta.url));
  // tsx's ESM register API, located through its package exports (require.resolve would pick the
  // CommonJS build, whose register() cannot find its hooks from inside an eval'd worker).
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('tsx/package.json');
  const entry = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api']!.import.default;
  const api = new URL(entry, pathToFileURL(pkgFile)).href;
  const source = new URL('./parse-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`, { eval: true });
}

function failAll(err: Error): void {
  for (const [id, p] of pending) { clearTimeout(p.timer); p.reject(err); pending.delete(id); }
}

function getWorker(): Worker {
  if (worker) return worker;
  const w = startWorker();
  w.unref(); // an idle parser never keeps the process alive
  w.on('message', (m: { id: number; info?: ParseInfo; error?: { name: string; code?: string; message: string } }) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    clearTimeout(p.timer);
    if (m.info) p.resolve(m.info);
    else if (m.error?.name === 'ParseError') p.reject(new ParseError(m.error.code as ParseError['code'], m.error.message));
    else p.reject(new Error(m.error?.message ?? 'parse failed'));
  });
  w.on('error', (e) => { if (worker === w) worker = null; failAll(e); });
  w.on('exit', () => { if (worker === w) worker = null; });
  worker = w;
  return w;
}

export interface OffThreadOptions { budgetMs?: number; inlineMaxChars?: number }

/** parseArticleInfo, run in the parse worker for large texts; rejects with ParseError('too-slow') past the budget. */
export function parseOffThread(text: string, opts: ParseOptions = {}, o: OffThreadOptions = {}): Promise<ParseInfo> {
  if (text.length <= (o.inlineMaxChars ?? INLINE_MAX_CHARS)) {
    try {
      return Promise.resolve(parseArticleInfo(text, opts));
    } catch (e) {
      return Promise.reject(e as Error);
    }
  }
  const budget = o.budgetMs ?? DEFAULT_BUDGET_MS;
  const w = getWorker();
  const id = nextId++;
  return new Promise<ParseInfo>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      // The worker is busy with this text and cannot be interrupted: end it; queued jobs fail with
      // it and the next call starts a fresh worker.
      if (worker === w) worker = null;
      failAll(new ParseError('too-slow', `not parsed within ${Math.round(budget / 1000)} s`));
      reject(new ParseError('too-slow', `not parsed within ${Math.round(budget / 1000)} s`));
      void w.terminate();
    }, budget);
    pending.set(id, { resolve, reject, timer });
    w.ref(); // while a job is pending the process waits for its answer
    w.postMessage({ id, text, opts });
  }).finally(() => { if (!pending.size && worker) worker.unref(); });
}

/** Stop the worker (tests, graceful shutdown). */
export async function stopParseWorker(): Promise<void> {
  const w = worker;
  worker = null;
  failAll(new ParseError('too-slow', 'the parser was stopped'));
  if (w) await w.terminate();
}
