/**
 * Spken47: the English under each quote. A name whose first letters are أل with a hamza (ألفيش،
 * ألبيرق، ألفريد) opens on the name's own "Al", not the article (the article's alif is a bare
 * connecting one), so the English keeps it; and والخارجية after a body is the foreign ministry, a
 * second body, not "foreign" run into the first; a body named before as «مجلة "X"» is X when the
 * quotation says «المجلة». Spken48: a nisba adjective standing as the noun names a person (قال
 * دبلوماسي سابق: a former diplomat), not "" for want of a noun. Constructed copy, not from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { englishName } from '../../src/parser/names-adapter.ts';
import { translateRole, translateSource } from '../../src/names/roles.ts';
import { article } from '../helpers/speaker-candidates.ts';

const lead = 'نص تمهيدي قصير عن الموضوع.';
const speakers = (line: string) => parseArticle(article([lead, line])).quotes.map((q) => q.speaker);

describe('a name opening on أل (hamza) keeps its "Al"', () => {
  it('an unknown surname is not read as the article and dropped', () => {
    expect(englishName('رامي ألفيرو').en).toMatch(/^Rami Al/);
    expect(englishName('براءت ألبيرق').en).toMatch(/ Al\w+$/);
  });
  it('a given name the look-up keys fold onto an Arab name with the article (ألفريد, not al-Farid)', () => {
    expect(englishName('ألفريد').en).toBe('Alfred');
  });
  it('the article (ال, no hamza) is still the article, and a known Al- name is unchanged', () => {
    expect(englishName('محمد الفايد').en).toMatch(/ al-/);
    expect(englishName('ألكسندر').en).toMatch(/^Ale/);
  });
  it('in a quote\'s speaker', () => {
    const [sp] = speakers('وقال اللاعب رامي ألفيرو إن الفريق سيعود أقوى في الموسم المقبل.');
    expect(sp?.en).toMatch(/Al/);
    expect(sp?.en).not.toMatch(/al-/);
  });
});

describe('والخارجية after a body is the foreign ministry', () => {
  it('a second body, with its nationality', () => {
    expect(translateSource('الكرملين والخارجية الروسية')).toBe('the Kremlin and the Russian foreign ministry');
    expect(translateSource('الرئاسة والخارجية المصرية')).toMatch(/and the Egyptian foreign ministry$/);
  });
  it('still an adjective coordinated with another', () => {
    expect(translateSource('الشؤون السياسية والخارجية')).toBe('political and foreign affairs');
  });
});

describe('a body named before with its name in quotation marks (مجلة "X") is the body its head refers to', () => {
  const last = (lines: string[]) => parseArticle(article([lead, ...lines])).quotes.at(-1)?.speaker;
  it('المجلة after مجلة "X"', () => {
    // (a body the lexicon knows by its own English name; an unknown one is romanised with its class noun)
    expect(last(['ونشرت مجلة "نيوزويك" صورا جديدة للممثلة.', 'وقالت المجلة إن الصورة عدلت.'])?.en).toBe('Newsweek');
    expect(last(['ونشرت مجلة "سنابل" صورا جديدة للممثلة.', 'وقالت المجلة إن الصورة عدلت.'])?.en).toMatch(/^"\w+" magazine$/);
  });
  it('with no earlier mention the head keeps its own English', () => {
    // (a definite class noun takes its article in English since english60: المجلة -> the magazine)
    expect(last(['وقالت المجلة إن الصورة عدلت.'])?.en).toBe('the magazine');
  });
});

describe('a nisba standing as the noun is a person', () => {
  it('the agent noun English forms regularly (-atic -> -at, -itical -> -itician)', () => {
    expect(translateSource('دبلوماسي سابق')).toBe('former diplomat');
    expect(translateSource('سياسيون')).toBe('politicians');
  });
  it('else the adjective with "official", nationality before it, a complement after it', () => {
    expect(translateSource('عسكري أمريكي')).toBe('a US military official');
    expect(translateSource('عسكريون')).toBe('military officials');
    expect(translateSource('دبلوماسي سابق في الفاتيكان')).toBe('former diplomat in the Vatican');
  });
  it('a named person\'s role with a qualifier, definite', () => {
    expect(translateRole('الدبلوماسي السابق')).toBe('former diplomat');
  });
  it('not the feminine (a body left out), not a definite one alone, not a noun head', () => {
    expect(translateSource('الحوثي')).toBe('');
    expect(translateSource('مصدر أمني')).toBe('a security source');
    expect(translateSource('مسؤول عسكري')).toBe('a military official');
  });
  it('in a quote\'s speaker', () => {
    const [sp] = speakers('وقال دبلوماسي سابق إن المفاوضات ستستأنف الأسبوع المقبل.');
    expect(sp?.en).toMatch(/diplomat\b/);
  });
});
