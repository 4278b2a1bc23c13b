import { describe, expect, it } from 'vitest';
import { translateRole } from '../../src/names/roles.ts';

// «الموفد الخاص للرئيس الأمريكي دونالد ترامب إلى التحالف» (dev 07) read "President of the United
// States to the alliance" for Brett McGurk: the head, unknown to the tables, was dropped and the
// title it governs read as his. A head no table knows before a title leaves the role without
// English (the reader sees the Arabic), never a title the person does not hold.
describe('a head the tables do not know before a title', () => {
  it('gives no English rather than the governed title', () => {
    expect(translateRole('الطباخ الخاص للرئيس الأمريكي')).toBe('');
    expect(translateRole('طباخ الرئيس')).toBe('');
  });

  it('but a word of partition before a title is one of its holders', () => {
    expect(translateRole('أحد محامي قطر')).toBe('lawyer of Qatar');
    expect(translateRole('أحد كبار المحررين')).toBe('senior editor');
  });

  it('and the envoy is a title the lexicon knows (الموفد = المبعوث)', () => {
    expect(translateRole('الموفد الخاص للرئيس الأمريكي')).toBe('special envoy for the President of the United States');
    expect(translateRole('الموفد الروسي إلى سوريا')).toBe('Russian envoy to Syria');
  });
});
