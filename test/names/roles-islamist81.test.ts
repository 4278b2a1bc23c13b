import { describe, expect, it } from 'vitest';
import { translateRole } from '../../src/names/roles.ts';

// «محمد مرسي، الرئيس الإسلامي» (pool 237) read "Islamic President": الإسلامي qualifying a
// politician's title is the politics, Islamist; a preacher, a university or a ministry's affairs
// stay Islamic.
describe('الإسلامي', () => {
  it('is Islamist after a politician’s title', () => {
    expect(translateRole('الرئيس الإسلامي')).toBe('Islamist President');
    expect(translateRole('الرئيس المصري السابق الإسلامي')).toBe('former Islamist President of Egypt');
  });

  it('and Islamic elsewhere', () => {
    expect(translateRole('الداعية الإسلامي')).toBe('Islamic preacher');
    expect(translateRole('رئيس الجامعة الإسلامية')).toBe('head of the Islamic university');
  });
});
