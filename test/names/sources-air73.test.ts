import { describe, expect, it } from 'vitest';
import { translateSource } from '../../src/names/index.ts';

// Air defences and air forces speak for armies in war copy; their English was the nationality
// alone ("Syrian" for الدفاعات الجوية السورية) or the forces without the air.
describe('air defences and air forces as sources', () => {
  it('are translated whole', () => {
    expect(translateSource('الدفاعات الجوية السورية')).toBe('the Syrian air defences');
    expect(translateSource('الدفاع الجوي السوري')).toBe('the Syrian air defences');
    expect(translateSource('القوات الجوية الروسية')).toBe('the Russian air force');
    expect(translateSource('سلاح الجو الإسرائيلي')).toBe('the Israeli air force');
  });
});
