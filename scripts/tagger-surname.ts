/**
 * Study tool (round twenty-five, people47): the name tagger's held-out token and span figures under
 * `cv:people --unseen`'s hiding for fold K, with variants of a surname-recurrence feature added to the
 * computed features (the word, ال or clitic aside, is written elsewhere in the article right after a
 * given name or a names-data word).
 *   npx tsx scripts/tagger-surname.ts K [--half even|odd] [--v a,b]
 *   … --v none --dump VARIANT   the variant's learned weights, its train counts, and every test token it fires on
 *   … --v none --negs           the given names before ال-words that are no name (على: a stop word once normalised)
 * The parser's cross-validation did not follow these figures (docs/eval.md, round twenty-five).
 */
import { evaluateTagger, trainTagger, type TaggerExample } from '../src/parser/name-tagger-train.ts';
import { delimAfter } from '../src/parser/tokens.ts';
import { studyFoldOf } from './lib/unseen-fold.ts';

const args = process.argv.slice(2);
const { k, half, train, test, extra } = studyFoldOf(args);

type Tf = (exs: TaggerExample[]) => TaggerExample[];
const stripAl = (l: string) => l.replace(/^(و|ف|ب|ك)?ال(?=..)/, '').replace(/^لل(?=..)/, '');
const keysOf = (l: string): string[] => {
  const out = [l, stripAl(l)];
  if (/^[وفبل]/.test(l) && l.length > 4) out.push(l.slice(1));
  return [...new Set(out)].filter((x) => x.length >= 3);
};
type Opt = { nameWord: (f: string[]) => boolean; self: boolean; cross: boolean; ctx: boolean; al?: boolean };
const givenOnly = (f: string[]) => f.includes('given');
const strongW = (f: string[]) => f.includes('given') || f.includes('gz:direct') || f.includes('lexname');
function surname(o: Opt): Tf {
  return (exs) => exs.map((ex) => {
    const { toks, feats } = ex;
    // positions of words written right after a name word (same sentence, no punctuation between)
    const after = new Map<string, number[]>();
    toks.forEach((t, i) => {
      const p = toks[i - 1];
      if (!p || p.sent !== t.sent || delimAfter(p, toks) || !o.nameWord(feats[i - 1]!)) return;
      if (o.al && !feats[i]!.includes('al')) return;
      for (const key of keysOf(t.light)) { let a = after.get(key); if (!a) after.set(key, (a = [])); if (!a.includes(i)) a.push(i); }
    });
    const fires = toks.map((t, i) => keysOf(t.light).some((key) => (after.get(key) ?? []).some((j) => o.self || j !== i)));
    return {
      ...ex,
      feats: feats.map((f, i) => {
        if (!fires[i] && !o.ctx) return f;
        const out = [...f];
        if (fires[i]) {
          out.push('sur');
          if (o.cross) {
            if (f.includes('al')) out.push('sur&al');
            if (f.includes('gz:none')) out.push('sur&none');
          }
        }
        if (o.ctx) {
          if (fires[i - 1] && toks[i - 1]!.sent === toks[i]!.sent) out.push('p:sur');
          if (fires[i + 1] && toks[i + 1]!.sent === toks[i]!.sent) out.push('n:sur');
        }
        return out;
      }),
    };
  });
}
const variants: Record<string, Tf> = {
  base: (e) => e,
  given: surname({ nameWord: givenOnly, self: false, cross: false, ctx: false }),
  givenX: surname({ nameWord: givenOnly, self: false, cross: true, ctx: false }),
  strong: surname({ nameWord: strongW, self: false, cross: false, ctx: false }),
  strongX: surname({ nameWord: strongW, self: false, cross: true, ctx: false }),
  strongXself: surname({ nameWord: strongW, self: true, cross: true, ctx: false }),
  strongXctx: surname({ nameWord: strongW, self: false, cross: true, ctx: true }),
  g2: surname({ nameWord: (f) => f.includes('given') && !f.includes('stop'), self: false, cross: false, ctx: false }),
  g2X: surname({ nameWord: (f) => f.includes('given') && !f.includes('stop'), self: false, cross: true, ctx: false }),
  g2Xself: surname({ nameWord: (f) => f.includes('given') && !f.includes('stop'), self: true, cross: true, ctx: false }),
  g2Xctx: surname({ nameWord: (f) => f.includes('given') && !f.includes('stop'), self: false, cross: true, ctx: true }),
  givenAl: surname({ nameWord: givenOnly, self: false, cross: false, ctx: false, al: true }),
};
const only = args.indexOf('--v');
const pct = (x: number) => (100 * x).toFixed(1);
for (const [name, tf] of Object.entries(variants)) {
  if (only >= 0 && !args[only + 1]!.split(',').includes(name)) continue;
  const w = trainTagger(tf([...train, ...extra]));
  const r = evaluateTagger(tf(test), w, 0);
  console.log(`fold ${k} ${half ?? 'all'} ${name.padEnd(12)} token P ${pct(r.tokenP)} R ${pct(r.tokenR)} F1 ${pct(r.tokenF1)} · span P ${pct(r.spanP)} R ${pct(r.spanR)} F1 ${pct(r.spanF1)}`);
}
if (args.includes('--dump')) {
  const tf = variants[args[args.indexOf('--dump') + 1]!]!;
  const tr = tf([...train, ...extra]);
  const w = trainTagger(tr);
  console.log(Object.entries(w).filter(([x]) => /sur/.test(x)).map(([x, v]) => `${x}=${v}`).join(' '));
  const cnt = new Map<string, [number, number]>();
  for (const ex of tr) ex.feats.forEach((f, i) => { for (const x of f) if (/sur/.test(x)) { const c = cnt.get(x) ?? [0, 0]; c[ex.labels[i] ? 0 : 1]++; cnt.set(x, c); } });
  console.log('train pos/neg', [...cnt].map(([x, c]) => `${x} ${c[0]}/${c[1]}`).join(' · '));
  for (const ex of tf(test)) ex.feats.forEach((f, i) => {
    if (!f.includes('sur') && !(ex.labels[i] && f.includes('al'))) return;
    const s = f.reduce((a, x) => a + (w[x] ?? 0), 0);
    console.log(`${ex.id}\t${ex.labels[i] ? 'NAME' : '----'}\t${s.toFixed(1)}\t${f.includes('sur') ? 'sur' : '   '}\t${ex.toks[i - 1]?.text ?? ''} [${ex.toks[i]!.text}] ${ex.toks[i + 1]?.text ?? ''}`);
  });
}
if (args.includes('--negs')) {
  const cnt = new Map<string, number>();
  for (const ex of [...train, ...extra]) ex.toks.forEach((t, i) => {
    const p = ex.toks[i - 1];
    if (!p || p.sent !== t.sent || !ex.feats[i - 1]!.includes('given') || !ex.feats[i]!.includes('al') || ex.labels[i]) return;
    cnt.set(`${p.light} ${ex.feats[i - 1]!.includes('stop') ? 'STOP' : ''}`, (cnt.get(`${p.light} ${ex.feats[i - 1]!.includes('stop') ? 'STOP' : ''}`) ?? 0) + 1);
  });
  console.log([...cnt].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([x, c]) => `${x}:${c}`).join(' · '));
}
