/**
 * Gold sets on disk: NAME.gold.json with its text beside it (NAME.txt, NAME.ar.txt, NAME.en.txt), else
 * the corpus copy of that id. Shared by `npm run eval` and the name tagger's trainer.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const fx = join(resolve(import.meta.dirname, '../..'), 'test/fixtures');

export interface Item { id: string; gold: string; text: string }

function textFor(dir: string, stem: string): string | undefined {
  const local = ['.txt', '.ar.txt', '.en.txt'].map((e) => join(dir, stem + e));
  // Gold NN is ant-dev/NN.txt, gold pNNN is ant-pool/NNN.txt (the corpus's own ids).
  const corpus = [join(fx, 'corpus', 'ant-dev', `${stem}.txt`), join(fx, 'corpus', 'ant-pool', `${stem.replace(/^p(?=\d)/, '')}.txt`)];
  return [...local, ...corpus].find((p) => existsSync(p));
}

export function goldDir(dir: string, prefix: string): Item[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().flatMap((f) => {
    const stem = f.replace(/\.gold\.json$/, '');
    const text = textFor(dir, stem);
    if (!text) { console.error(`no text for ${join(dir, f)}, skipped`); return []; }
    return [{ id: `${prefix}${stem}`, gold: join(dir, f), text }];
  });
}

