import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const roleOf = (t: string, name: string) => parseArticle(t).people.find((p) => p.name.ar === name)?.role.ar;

// Invented sentences. «DESCRIPTION هو [TITLE] NAME» is an identity clause: its subject is the
// person's description (roles-ar.ts copulaSubject), kept before a title read after the pronoun.
describe('the subject of an identity clause before a name', () => {
  it('is the description, before the title after the pronoun', () => {
    expect(roleOf('وأعلنت الوزارة عن زيارة مسؤول مصري كبير هو الوزير سامر خليل إلى الرياض الأسبوع المقبل.', 'سامر خليل')).toBe('مسؤول مصري كبير، الوزير');
    expect(roleOf('وقالت الشركة إن إحدى مؤسسي المشروع هي ليلى حداد، والتي تدير مجموعة أخرى.', 'ليلى حداد')).toBe('إحدى مؤسسي المشروع');
  });

  it('not after a verb\'s indefinite object, nor with و (a clause about something else)', () => {
    expect(roleOf('وضم النادي مدربا جديدا قادما من الدوري الإسباني هو الإيطالي ماركو بيلي. وقال بيلي إن الفريق قوي.', 'ماركو بيلي')).toBe('الايطالي');
    // (the clause's subject, the film, is no role of his; the credit before his name is: roles58)
    expect(roleOf('وكان الفيلم جيدا وهو من إخراج جون ميلر. وقال ميلر إنه سعيد.', 'جون ميلر')).toBe('من إخراج');
  });
});
