import { describe, expect, it } from 'vitest';
import { execAll } from '../../src/text/exec-all.ts';

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, [...m], m.groups ?? null]);

describe('execAll', () => {
  it('gives what matchAll gives, empty matches and astral characters included, and leaves lastIndex at 0', () => {
    const regexes = [/\S+/g, /(?:في )?(?<![0-9])([0-9]{1,2}) (مارس|ابريل)/g, /a*/g, /(?:)/gu, /x*/gu, /(?<w>\p{L}+)|/gu, /\bnext\b/gi, /./gsu];
    const texts = ['', 'قال في 3 مارس و12 ابريل  كذا', 'aaa b aa', '😀a😀', 'next Next NEXT\nx', 'x\ud800y😀'];
    for (const re of regexes) {
      for (const t of texts) {
        expect([re.source, t, shape(execAll(re, t))]).toEqual([re.source, t, shape(t.matchAll(re))]);
        expect(re.lastIndex).toBe(0);
      }
    }
  });

  it('refuses a regex that is not global', () => {
    expect(() => execAll(/a/, 'a')).toThrow(TypeError);
  });
});
