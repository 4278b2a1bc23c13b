/** Shared bits of the ingest tests: the web fixtures on disk, and the error code a call throws. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A file of test/fixtures/web as text. */
export const fx = (name: string): string => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'web', name), 'utf8');

/** The `code` of the error `fn` throws, or undefined when it does not throw. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
}
