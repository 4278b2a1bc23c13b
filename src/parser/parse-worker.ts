/**
 * Worker-thread side of parseOffThread (src/parser/off-thread.ts): parses one article per message.
 * Kept apart from the pool so the main thread never loads it as a module of its own.
 */
import { parentPort } from 'node:worker_threads';
import { parseArticleInfo, type ParseOptions } from './index.ts';

interface Job { id: number; text: string; opts: ParseOptions }

parentPort!.on('message', ({ id, text, opts }: Job) => {
  try {
    parentPort!.postMessage({ id, info: parseArticleInfo(text, opts) });
  } catch (e) {
    const err = e as Error & { code?: string };
    parentPort!.postMessage({ id, error: { name: err.name, code: err.code, message: err.message } });
  }
});
