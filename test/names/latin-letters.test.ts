import { describe, expect, it } from 'vitest';
import { spelledAcronym } from '../../src/names/latin-letters.ts';
import { translateSource } from '../../src/names/roles.ts';

describe('spelledAcronym', () => {
  it('reads a run of Latin letter names as the acronym they spell', () => {
    expect(spelledAcronym(['مركز', 'آي', 'أتش', 'أس'], 1)).toEqual({ en: 'IHS', len: 3 });
    expect(spelledAcronym(['إتش', 'إس', 'بي', 'سي', 'البريطاني'], 0)).toEqual({ en: 'HSBC', len: 4 });
  });

  it('takes no single letter name and no run opening on a common word (إن، أو، في)', () => {
    expect(spelledAcronym(['بي', 'الجديد'], 0)).toBeNull();
    expect(spelledAcronym(['إن', 'بي', 'سي'], 0)).toBeNull();
    expect(spelledAcronym(['في', 'دي'], 0)).toBeNull();
  });

  it('cuts a run before a common word it ends on (في القاهرة), unless the whole run is a known body', () => {
    expect(spelledAcronym(['بي', 'بي', 'سي', 'في', 'القاهرة'], 0)).toEqual({ en: 'BBC', len: 3 });
    expect(spelledAcronym(['سي', 'إن', 'إن'], 0, (en) => en === 'CNN')).toEqual({ en: 'CNN', len: 3 });
    expect(spelledAcronym(['بي', 'إن'], 0)).toBeNull();
  });
});

describe('translateSource with a spelled-out acronym', () => {
  it('keeps the acronym a described source names (analysts at IHS)', () => {
    expect(translateSource('محللون في مركز آي أتش أس')).toBe('analysts in the IHS centre');
  });

  it('leaves a letter run that a bare unknown word goes on from to the name reading', () => {
    expect(translateSource('قناة بي إن سبورتس')).not.toMatch(/\bBN\b/);
  });
});
