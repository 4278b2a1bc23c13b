import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedParse, parseInputsKey } from '../../scripts/lib/parse-cache.ts';

describe('parse cache', () => {
  let root = '';
  const fresh = () => {
    root = mkdtempSync(join(tmpdir(), 'parse-cache-'));
    mkdirSync(join(root, 'src'));
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'src/a.ts'), 'one');
    writeFileSync(join(root, 'data/model.json'), '{}');
  };
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('names the cache by what the parse reads, not by the skipped model file', () => {
    fresh();
    const k = parseInputsKey(root, ['data/model.json']);
    writeFileSync(join(root, 'data/model.json'), '{"w":1}');
    expect(parseInputsKey(root, ['data/model.json'])).toBe(k);
    writeFileSync(join(root, 'src/a.ts'), 'two');
    expect(parseInputsKey(root, ['data/model.json'])).not.toBe(k);
  });

  it('computes once per key and reads back after; fresh recomputes', () => {
    fresh();
    let calls = 0;
    const make = () => ({ n: ++calls });
    expect(cachedParse(root, 'p', 'k1', make)).toEqual({ n: 1 });
    expect(cachedParse(root, 'p', 'k1', make)).toEqual({ n: 1 });
    expect(cachedParse(root, 'p', 'k2', make)).toEqual({ n: 2 });
    expect(cachedParse(root, 'p', 'k1', make, true)).toEqual({ n: 3 });
  });
});
