import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { splitOverlap } from '../../src/parser/speaker-tail.ts';

// A quotation a reader opened inside the speaker's apposition began with the speaker's own title
// and name: «آية الله علي خامنئي، إلى إجراءات …» for خامنئي (round fifty-eight). It starts after
// the comma that closes the name.
describe('a quotation opening on the speaker\'s apposition', () => {
  it('starts after the comma that closes the speaker\'s name', () => {
    expect(splitOverlap('آية الله علي خامنئي، إلى إجراءات قانونية سريعة وعادلة', 'علي خامنئي', true)).toEqual({ text: 'إلى إجراءات قانونية سريعة وعادلة', speakerAr: 'علي خامنئي' });
    // (another comma before the name's)
    expect(splitOverlap('لمشروع نيوم، نظمي النصر، بالخبرات العالمية والمتنوعة', 'نظمي النصر', true)?.text).toBe('بالخبرات العالمية والمتنوعة');
  });

  it('leaves a quotation that only mentions the name', () => {
    expect(splitOverlap('الرئيس السابق علي خامنئي، كما قال، لم يعد هنا أبدا', 'حسن روحاني', true)).toBeNull();
    expect(splitOverlap('إن علي خامنئي، المرشد، لم يوافق بعد على الخطة', 'علي خامنئي', true)).toBeNull();
  });

  it('shows the parsed quotation without the apposition', () => {
    const b = parseArticle(['عنوان الخبر عن تطورات القضية اليوم', '',
      'ودعا المرشد الأعلى الإيراني، آية الله علي خامنئي، إلى إجراءات قانونية "سريعة وعادلة" تطبقها محاكم جديدة.',
    ].join('\n'));
    const q = b.quotes.find((x) => x.speaker.ar === 'علي خامنئي');
    expect(q?.text.startsWith('آية الله')).toBe(false);
  });
});
