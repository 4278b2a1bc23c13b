import { describe, expect, it } from 'vitest';
import { knownRoleEnglish, translateRole } from '../../src/names/index.ts';
import { parseArticle } from '../../src/parser/index.ts';

// Issue 11: an English reader of /people sees a world figure's role as English writes it; the
// Arabic «الرئيس» alone says only "President".
describe('a world figure\'s bare title in English', () => {
  it('takes the lexicon\'s fuller role when the article\'s words are all in it', () => {
    expect(knownRoleEnglish('دونالد ترامب', 'الرئيس')).toBe('President of the United States');
    expect(knownRoleEnglish('ترامب', 'الرئيس')).toBe('President of the United States');
    // (the article's role as full as the lexicon's keeps its own English: US President)
    expect(knownRoleEnglish('ترامب', 'الرئيس الأمريكي')).toBe('');
  });
  it('not when the article says something else, or the lexicon\'s role is a former one', () => {
    expect(knownRoleEnglish('دونالد ترامب', 'رجل الأعمال')).toBe('');
    // (Pompeo is a former Secretary of State in the lexicon; 2018 copy calls him the Secretary)
    expect(knownRoleEnglish('مايك بومبيو', 'وزير الخارجية')).toBe('');
    expect(knownRoleEnglish('شخص غير معروف', 'الرئيس')).toBe('');
  });
  it('shows in the briefing\'s people', () => {
    const b = parseArticle('عنوان تجريبي\n\nوقال الرئيس دونالد ترامب إن بلاده لن تتراجع عن قرارها.');
    expect(b.people.find((p) => p.name.ar === 'دونالد ترامب')?.role).toEqual({ ar: 'الرئيس', en: 'President of the United States' });
  });
  it('names a US Treasury Secretary as the US does', () => {
    expect(translateRole('وزير الخزانة الأمريكي')).toBe('US Treasury Secretary');
  });
});

describe('roles a woman holds, and a nationality alone', () => {
  it('reads الممثلة as an actress and سيدة الأعمال as a businesswoman; ممثلة with an object still represents', () => {
    expect(translateRole('الممثلة الأمريكية')).toBe('US actress');
    expect(translateRole('سيدة الأعمال')).toBe('businesswoman');
    expect(translateRole('ممثلة الجمعية')).toBe('representative of the association');
  });
  it('gives a nationality standing alone as the person\'s adjective (American, not "US")', () => {
    expect(translateRole('الأمريكية')).toBe('American');
    expect(translateRole('السوري')).toBe('Syrian');
  });
});
