import { describe, expect, it } from 'vitest';
import { translateSource } from '../../src/names/index.ts';

// «وزارة العمل والشؤون الاجتماعية» was "the social labour and affairs ministry": the second
// conjunct's adjective was read as the whole phrase's. And الأوقاف had no English, so Qatar's
// ministry of religious endowments was "the ministry and Qatari Islamic affairs" under five
// quotations (dev 39) and Saudi Arabia's "the Saudi Arabia ministry".
describe("a body's coordinated field with its own adjective", () => {
  it('keeps the adjective with its noun', () => {
    expect(translateSource('وزارة العمل والشؤون الاجتماعية')).toBe('the labour and social affairs ministry');
    expect(translateSource('وزارة الأوقاف والشؤون الإسلامية القطرية')).toBe('the Qatari Awqaf and Islamic affairs ministry');
  });

  it('leaves a coordination with no adjective of its own as it was', () => {
    expect(translateSource('اتحاد السفر والسياحة')).toBe('the travel and tourism union');
    expect(translateSource('المسؤولون السياسيون والعسكريون')).toBe('political and military officials');
  });

  it('names the religious endowments as English copy does', () => {
    expect(translateSource('وزارة الأوقاف السعودية')).toBe('the Saudi Awqaf ministry');
  });
});
