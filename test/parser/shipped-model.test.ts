import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../src/parser/shipped-model.ts';

describe('a shipped model file', () => {
  it('is read from data/ once, and can be swapped and restored', () => {
    const m = shippedModel<{ weights: Record<string, number> }>('speaker-ranker.json');
    const shipped = m.get();
    expect(shipped?.weights).toBeTypeOf('object');
    expect(m.get()).toBe(shipped);
    m.use({ weights: { bias: 1 } });
    expect(m.get()).toEqual({ weights: { bias: 1 } });
    m.use(null);
    expect(m.get()).toBeNull();
    m.use(undefined);
    expect(m.get()?.weights).toEqual(shipped?.weights);
  });

  it('is null when the file is absent, so the rules alone decide', () => {
    expect(shippedModel('no-such-model.json').get()).toBeNull();
  });
});
