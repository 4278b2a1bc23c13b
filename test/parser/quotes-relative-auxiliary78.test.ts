import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useSpeakerRanker } from '../../src/parser/speaker-ranker.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const quotes = (body: string[]) => parseArticle([HEAD, ...body].join('\n')).quotes;

// «وكان الصحفي سامر حداد الذي اتهمته الحكومة السورية بالتحريض على العنف قد غادر البلاد» gave the
// accusation to the journalist, and its text ran on into «قد غادر البلاد»: the relative clause's
// verb was read as the verb of كان's clause, whose subject came before it. A relative pronoun opens
// the verb's own clause, as a subordinator does, and its report ends where the main clause resumes.
describe('a framed verb inside a relative clause of a كان clause', () => {
  afterEach(() => useSpeakerRanker(undefined));

  it('has the word after it as its subject, and its report ends at the main verb', () => {
    useSpeakerRanker(null);
    const got = quotes(['وكان الصحفي سامر حداد الذي اتهمته الحكومة السورية بالتحريض على العنف قد غادر البلاد.']);
    expect(got.map((q) => q.speaker.ar)).toEqual(['الحكومة السورية']);
    expect(got[0]!.text).toBe('بالتحريض على العنف');
  });
});
