import { afterEach, describe, expect, it } from 'vitest';
import { useTaggerModel } from '../../src/parser/name-tagger.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { knowing } from '../helpers/tagger-model.ts';

const HEAD = 'عنوان الخبر عن تطورات القضية اليوم';
const names = (body: string) => parseArticle([HEAD, body].join('\n')).people.map((p) => p.name.ar);
const LIST = 'قادهم ثلاثة لاعبين من المستوى الرفيع هم إدين هازار وكفين دو بروين وروميلو لوكاكو وحولوا حلم نيمار وزملائه إلى كابوس.';

// Round fifty-seven: «… وروميلو لوكاكو وحولوا حلم نيمار» ("and they turned Neymar's dream") made a
// list's next person, "Hulua Helm Neymar".
describe('a plural past verb after a list is no list item (issue 11, round fifty-seven)', () => {
  afterEach(() => useTaggerModel(null));

  it('reads no person from «وحولوا حلم نيمار» when the tagger is sure the verb is no name word', () => {
    // (the scores the shipped tagger gives these words in the corpus article)
    useTaggerModel(knowing({ إدين: 20, هازار: 25, وكفين: 20, دو: 5, بروين: 25, وروميلو: 18, لوكاكو: 31, وحولوا: -44, حلم: -44, نيمار: 27 }));
    expect(names(LIST).some((n) => n.includes('حلم'))).toBe(false);
  });

  it('still takes a name ending like that verb when the tagger does not rule it out (وشينوا أتشيبي)', () => {
    useTaggerModel(knowing({ ديفيد: 25, غروسمان: 20, وشينوا: -5, أتشيبي: 12 }));
    expect(names('ومن الفائزين السابقين بالجائزة ديفيد غروسمان وشينوا أتشيبي.')).toContain('شينوا أتشيبي');
  });

  it('still takes a list\'s next item the tagger doubts only a little', () => {
    useTaggerModel(knowing({ إدين: 20, هازار: 25, وكفين: 20, دو: 5, بروين: 25, وروميلو: 18, لوكاكو: 31, ومارك: -8, ويلموتس: -10 }));
    expect(names('قادهم ثلاثة لاعبين هم إدين هازار وكفين دو بروين وروميلو لوكاكو ومارك ويلموتس.')).toContain('مارك ويلموتس');
  });
});
