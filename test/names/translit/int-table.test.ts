import { describe, expect, it } from 'vitest';
import { IntTable, NONE, PairTable } from '../../../src/names/translit/int-table.ts';

describe('PairTable', () => {
  it('keeps both values of every key through growth, absent ones as NONE', () => {
    const t = new PairTable(2);
    for (let k = 0; k < 5000; k++) {
      if (k % 3) t.setFirst(k * 7919, k);
      if (k % 2) t.setSecond(k * 7919, -k);
    }
    expect(t.size).toBe(5000 - Math.floor(5000 / 6) - (5000 % 6 > 0 ? 1 : 0));
    for (let k = 0; k < 5000; k++) {
      const slot = t.find(k * 7919);
      if (k % 3 === 0 && k % 2 === 0) {
        expect(slot).toBe(-1);
        continue;
      }
      expect(t.first(slot)).toBe(k % 3 ? k : NONE);
      expect(t.second(slot)).toBe(k % 2 ? -k : NONE);
    }
    expect(t.find(1)).toBe(-1);
  });
});

describe('IntTable', () => {
  it('answers -1 for absent keys, also after clear', () => {
    const t = new IntTable(4);
    for (let k = 0; k < 1000; k++) t.set(k * 31, k);
    expect(t.get(31 * 999)).toBe(999);
    expect(t.get(5)).toBe(-1);
    t.clear();
    expect(t.size).toBe(0);
    expect(t.get(31)).toBe(-1);
  });
});

describe('IntTable.fromSlots', () => {
  it('holds the stored keys and values as a table filled by set does, and nothing else', () => {
    const keys = Int32Array.from({ length: 3000 }, (_, i) => i * 7919 + 3);
    const vals = Int32Array.from(keys, (k) => k % 1000);
    const t = IntTable.fromSlots(keys, vals);
    const u = new IntTable();
    keys.forEach((k, i) => u.set(k, vals[i]!));
    expect(t.size).toBe(3000);
    const differ: number[] = [];
    for (let k = 0; k < 3000 * 7919 + 10; k += 97) if (t.get(k) !== u.get(k)) differ.push(k);
    expect(differ).toEqual([]);
    for (const k of keys.subarray(0, 100)) expect(t.get(k)).toBe(k % 1000);
    // still grows as a table filled by set does
    for (let k = 0; k < 5000; k++) t.set(2 ** 30 + k, 1);
    expect(t.get(2 ** 30 + 4999)).toBe(1);
    expect(t.get(keys[2999]!)).toBe(vals[2999]);
  });
});
