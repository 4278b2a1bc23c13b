/**
 * CLI arguments -> the items to ingest: URLs as given, files as given, folders walked
 * recursively for .txt/.html/.htm (hidden entries and symlinks skipped, so a link loop
 * cannot trap the walk), in a stable sorted order.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { isUrlArg } from './ingest.ts';

export type Target = { kind: 'url'; value: string } | { kind: 'file'; value: string } | { kind: 'missing'; value: string; code: string };

/** What a folder walk picks up; other types are ingested only when named explicitly. */
const WALK_EXT = new Set(['.txt', '.html', '.htm']);

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() && WALK_EXT.has(extname(e.name).toLowerCase())) out.push(p);
  }
}

export async function collectTargets(args: string[]): Promise<Target[]> {
  const out: Target[] = [];
  for (const a of args) {
    if (isUrlArg(a)) {
      out.push({ kind: 'url', value: a });
      continue;
    }
    try {
      const st = await stat(a);
      if (st.isDirectory()) {
        const files: string[] = [];
        await walk(a, files);
        out.push(...files.map((f) => ({ kind: 'file' as const, value: f })));
      } else out.push({ kind: 'file', value: a });
    } catch (e) {
      out.push({ kind: 'missing', value: a, code: (e as NodeJS.ErrnoException).code ?? 'unreadable' });
    }
  }
  return out;
}
