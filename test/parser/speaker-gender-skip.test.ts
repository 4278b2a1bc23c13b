/**
 * An unstated subject (وقال إن …) the rules give to the last speaker though that speaker is of the
 * other gender than the verb: the ranker is told (features `skip|…`) and is offered, marked `galt`,
 * who would go on in the verb's gender (here the man the sentence before is about).
 */
import { describe, expect, it } from 'vitest';
import { speakerCandidates } from '../helpers/speaker-candidates.ts';

describe('a last speaker of the other gender than «وقال»', () => {
  const lines = [
    'قالت وزيرة الصحة سارة الخطيب إن "الوضع في المستشفيات مستقر".',
    'وزار السفير محمد العلي المستشفى يوم الأحد.',
    'وقال إن "الأطباء يعملون بجد".',
  ];

  it('is flagged to the ranker, beside the man who agrees with the verb', () => {
    const quote = speakerCandidates(lines).find((o) => o.some((x) => x.speaker.ar === 'محمد العلي'));
    expect(quote).toBeDefined();
    const man = quote!.find((x) => x.speaker.ar === 'محمد العلي')!;
    expect(man.feats).toContain('galt');
    expect(quote!.every((x) => x.feats.some((f) => f.startsWith('skip|')))).toBe(true);
  });

  it('is not flagged when the genders agree', () => {
    const same = [lines[0]!.replace('قالت وزيرة الصحة سارة الخطيب', 'قال وزير الصحة سامر الخطيب'), ...lines.slice(1)];
    const quote = speakerCandidates(same).find((o) => o.some((x) => x.speaker.ar === 'محمد العلي'));
    expect(quote?.some((x) => x.feats.includes('galt')) ?? false).toBe(false);
  });
});
