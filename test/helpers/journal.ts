/**
 * The lowdb engine's journal as the crash checks read it: one entry per flush (line), each the
 * record changes that flush wrote; a torn last line (never acknowledged) is left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { storePaths } from '../../src/store/lowdb/paths.ts';

export interface JournalChange { section: string; key: string; value: { status?: string } | null }

export function journalFlushes(dataFile: string): Array<{ line: number; changes: JournalChange[] }> {
  const journal = storePaths(dataFile).journal;
  const lines = existsSync(journal) ? readFileSync(journal, 'utf8').split('\n') : [];
  return lines.flatMap((text, line) => {
    try {
      return [{ line, changes: JSON.parse(text) as JournalChange[] }];
    } catch {
      return [];
    }
  });
}
