/**
 * The parser on real wire copy it was not written against: hand annotations (test/fixtures/
 * corpus-gold) of articles from the development corpus, copied into test/fixtures/corpus (see its README), typos, stray
 * commas and appended unrelated items included. Scores are printed; the bar is a floor for real copy
 * (lower than the one for our own fixtures in quality.test.ts), a regression guard set just under
 * the measured figures, raised as the parser improves (`npm run eval` gives the full report).
 *
 * Record. 3 articles (02, 23, 34), the parser tuned on them: people 0.960, quote-speaker 1.000,
 * precedent recall 0.857. All 40 of ant-dev (37 annotated blind), before any fix for them:
 * people 0.775, quote-speaker 0.565, precedent recall 0.492. With 20 ant-pool articles added
 * (pNNN, 60 in all): people 0.763, quote-speaker 0.557, precedent recall 0.534. The 20 blind pool articles
 * (test/fixtures/corpus-blind), same parser: people 0.602, quote-speaker 0.520, precedents 0.524.
 * After the issue-11 parser work (branch parser; speakers, denials, object reports, precedent cues),
 * on the 60: people 0.773, quote-speaker 0.604, precedent recall 0.596 (floors raised to match).
 * With more reported speech found and the speaker ranker (branch speakers): quote-speaker 0.638
 * (floor raised to 0.62).
 * After the people/precedent round of issue 11 (branch people; tagger features, span filters, cues):
 * people 0.858, quote-speaker 0.612, precedent recall 0.685 (in-sample for the tagger; its
 * cross-validated people F1 is 0.819, `npm run cv:people`), floors raised to 0.83 and 0.66.
 * With 20 more pool articles (80 in all; annotated before the parser ran on them and scored unseen
 * first: see docs/eval.md) and the tagger and speaker ranker retrained on all 80: people 0.846,
 * quote-speaker 0.639, precedent recall 0.631 (the new articles' precedents are found less often:
 * floors 0.82, 0.62, 0.61).
 * Teasers of other stories name no one, الله compounds, tagger pairs and lone lexicon names after a
 * title (branch people11): people 0.876 (cross-validated 0.853), floor raised to 0.85.
 *
 * Corpus: ANT Corpus v2.1 (multi-source release). Citation: A. Chouigui, O. Ben Khiroun, B. Elayeb,
 * "An Arabic Multi-source News Corpus: Experimenting on Single-document Extractive Summarization",
 * Arabian Journal for Science and Engineering 46(8), 2021, doi:10.1007/s13369-020-05258-z
 * (project page: antcorpus.github.io). Licence: Apache-2.0.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { add, f1, precision, recall, score, zero, type Gold } from './gold.ts';

const goldDir = join(import.meta.dirname, '../fixtures/corpus-gold');
const corpus = join(import.meta.dirname, '../fixtures/corpus');
/** Gold NN is ant-dev/NN.txt; gold pNNN is ant-pool/NNN.txt. */
const articleFile = (id: string) => (id.startsWith('p') ? join(corpus, 'ant-pool', `${id.slice(1)}.txt`) : join(corpus, 'ant-dev', `${id}.txt`));

describe('parser on annotated real corpus articles', () => {
  // 120 real articles parse in about 20 s on an idle machine; a loaded shared one needs room.
  it('finds people, speakers and precedents in real copy', { timeout: 120_000 }, () => {
    let t = { people: zero(), quotes: zero(), precedents: zero() };
    const rows: string[] = [];
    for (const g of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort()) {
      const id = g.replace('.gold.json', '');
      const gold = JSON.parse(readFileSync(join(goldDir, g), 'utf8')) as Gold;
      const s = score(parseArticle(readFileSync(articleFile(id), 'utf8')), gold);
      t = { people: add(t.people, s.people), quotes: add(t.quotes, s.quotes), precedents: add(t.precedents, s.precedents) };
      rows.push(`${id}: people P ${precision(s.people).toFixed(2)} R ${recall(s.people).toFixed(2)}, quotes P ${precision(s.quotes).toFixed(2)} R ${recall(s.quotes).toFixed(2)}, precedents R ${recall(s.precedents).toFixed(2)}`);
      for (const m of s.misses) rows.push(`    - ${m}`);
    }
    rows.push(`F1: people ${f1(t.people).toFixed(3)}, quote-speaker ${f1(t.quotes).toFixed(3)}, precedent recall ${recall(t.precedents).toFixed(3)}`);
    console.log(rows.join('\n'));
    // 0.85 on 140 articles; 0.844 on 240; 0.866 on 299 after round seven (unseen draws 11-13
    // joined, models retrained); 0.880 on 320 after round eight: room for retraining noise.
    expect(f1(t.people)).toBeGreaterThanOrEqual(0.84);
    // 0.648 on the 240, 0.681 on the 299, 0.690 on the 320 (speaker precision counts here, unlike the eval's share of
    // gold quotes).
    expect(f1(t.quotes)).toBeGreaterThanOrEqual(0.66);
    // 0.946: in-sample for the learned precedent classifier (its cross-validated recall is 0.684 on 299,
    // `npm run train:precedents`), so this floor only catches a classifier that stopped loading.
    expect(recall(t.precedents)).toBeGreaterThanOrEqual(0.9);
  });
});
