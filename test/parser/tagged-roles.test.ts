import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const people = (t: string) => parseArticle(t).people.map((p) => [p.name.ar, p.role.ar.split(' (')[0]]);

// People the learned tagger finds (no speech verb, no lexicon entry) take the role the text states
// next to them, and never the role of the person beside them.
describe('roles of people found without a title cue', () => {
  it('a title right before the name (المهاجم البرازيلي إندريك فيليبي)', () => {
    expect(people('وأعلن نادي ريال مدريد تعاقده مع المهاجم البرازيلي إندريك فيليبي مقابل مبلغ كبير.')).toEqual([['إندريك فيليبي', 'المهاجم البرازيلي']]);
  });

  it('a role after وهو/وهي (جوناثان ميلر وهو صحافي …)', () => {
    expect(people('ويرافقها في الرحلة صديقها جوناثان ميلر وهو صحافي في صحيفة محلية.')).toEqual([['جوناثان ميلر', 'صحافي في صحيفة محلية']]);
  });

  it('a definite role right after the name, with no comma', () => {
    const ps = people('وأوضح ستيفن هارفي المستشار الخاص لرئيس الوزراء أن الخطة جاهزة.');
    expect(ps).toEqual([['ستيفن هارفي', 'المستشار الخاص لرئيس الوزراء']]);
  });

  it('a definite role that titles the next name is that person\'s, not the one before', () => {
    expect(people('واستقبل كارلو أنشيلوتي المدرب الإيطالي ماوريسيو ساري في الملعب.')).toEqual([
      ['كارلو أنشيلوتي', ''],
      ['ماوريسيو ساري', 'المدرب الإيطالي'],
    ]);
  });

  it('a title joined by و opens the next person of a list; it is not the apposition of the one before', () => {
    expect(people('وشارك في الندوة الكاتب المصري، عمرو حمزاوي، ورجل الأعمال نجيب ساويرس.')).toEqual([
      ['عمرو حمزاوي', 'الكاتب المصري'],
      ['نجيب ساويرس', 'رجل الأعمال'],
    ]);
  });

  it('a Latin gloss of the name stands between it and its role', () => {
    expect(people('وقال ديفيد مارش David Marsh رئيس الهيئة الوطنية للطاقة إن الخطة جاهزة.')).toEqual([['ديفيد مارش', 'رئيس الهيئة الوطنية للطاقة']]);
  });

  it('what follows a role in apposition (NAME، ROLE، …) is not a person that role titles', () => {
    expect(people('وأعلنت حركة بيوتر ماركوف، الناشط البارز في الحزب، مقاطعة الانتخابات.')).toEqual([['بيوتر ماركوف', 'الناشط البارز في الحزب']]);
  });
});
