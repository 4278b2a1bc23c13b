import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const roleOf = (t: string, name: string) => parseArticle(t).people.find((p) => p.name.ar === name)?.role.ar;

// Invented sentences. A من phrase set off by commas after a name is an apposition saying where the
// person is from: a named organisation or brand, or a territorial division, as well as a body noun
// (roles-ar.ts memberOf). A discourse adverb in the same slot (من جهته) is no description.
describe('«NAME، من …،» as the person\'s description', () => {
  it('reads a brand or a territorial division set off by commas', () => {
    expect(roleOf('وقال جون ميلر، من غوغل، للصحفيين إن الشركة ستطلق الخدمة قريبا.', 'جون ميلر')).toBe('من غوغل');
    expect(roleOf('وقالت ليلى حداد، من مقاطعة كيبيك الكندية، إن المشروع تأخر كثيرا.', 'ليلى حداد')).toBe('من مقاطعة كيبيك الكندية');
  });

  it('not a discourse adverb, nor a division without the closing comma', () => {
    expect(roleOf('وقال جون ميلر، من جهته، إن الشركة ستطلق الخدمة قريبا.', 'جون ميلر')).toBe('');
    expect(roleOf('ووصل جون ميلر من ولاية أوهايو إلى المدينة أمس، وقال إن الرحلة طويلة.', 'جون ميلر')).toBe('');
  });

  it('a body noun as before', () => {
    expect(roleOf('وقال جون ميلر، من مؤسسة كارنيغي، إن الشركة ستطلق الخدمة قريبا.', 'جون ميلر')).toBe('من مؤسسة كارنيغي');
  });
});
