import { describe, expect, it } from 'vitest';
import { translateRole } from '../../src/names/roles.ts';

// «جيف سيشنز، المدعي العام الأمريكي» is the US Attorney General, as «وزير العدل الأمريكي» is; a
// prosecutor of another country, or with no country, stays a prosecutor.
describe('the US prosecutor general', () => {
  it('is the Attorney General', () => {
    expect(translateRole('المدعي العام الأمريكي')).toBe('US Attorney General');
    expect(translateRole('المدعي العام الفرنسي')).toBe('French prosecutor');
  });
});
