/** Unexpected ingest failures: the cause goes to the log, the reader gets a reference, never server paths. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asIngestError, reasonText } from '../../src/ingest/errors.ts';

afterEach(() => vi.restoreAllMocks());

describe('asIngestError', () => {
  it('hides an unexpected error behind a reference that the log carries with the cause', () => {
    const logged: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (logged.push(String(s)), true));
    const e = asIngestError(new Error("EACCES: permission denied, open '/srv/mujaz/data/.db.json.tmp'"));
    expect(e.code).toBe('internal');
    const en = reasonText(e, 'en');
    const ar = reasonText(e, 'ar');
    expect(en).not.toContain('/srv');
    expect(ar).not.toContain('/srv');
    expect(en).toMatch(/reference [0-9a-f]{6}/);
    expect(logged.join('')).toContain(`[${e.detail}]`);
    expect(logged.join('')).toContain('/srv/mujaz/data/.db.json.tmp');
  });
});
