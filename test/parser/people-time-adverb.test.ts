import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

// Issue 11: people are never a verb or a common word. A title's time (آنذاك "at the time") stands
// where a name after a title would (رئيس القسم العربي آنذاك، غيمون ماكليلان), and the cue that reads a
// name there took it for one. (Real copy: the ANT corpus article the fixture holds; see its README.)
describe('a time adverb after a title is no person', () => {
  it('آنذاك alone is never one of the people', () => {
    const text = readFileSync(join(import.meta.dirname, '../fixtures/corpus/ant-pool/063.txt'), 'utf8');
    const names = parseArticle(text).people.map((p) => p.name.ar);
    expect(names).not.toContain('آنذاك');
    expect(names).toContain('مديحة المدفعي');
  });
});
