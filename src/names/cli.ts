/**
 * `mujaz names romanise|arabise [-k N]`: names or tokens one per line on standard input; for
 * each line, in order, `INPUT<TAB>BEST<TAB>ALT2…` (up to 5 spellings, best first, lower-case as
 * the data spell names). A line with no letters of the input script gets the input alone. The
 * whole output is written before the process may exit, so nothing is lost in a pipe.
 */
import { transliterateName } from './transliterate.ts';

const USAGE = 'usage: mujaz names romanise|arabise [-k N]   (names one per line on stdin)';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Output lines for input text: one per input line (a final newline ends the last line, it does not add one). */
export function transliterateLines(text: string, dir: 'ar2en' | 'en2ar', k = 5): string {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines
    .map((line) => {
      const input = line.replace(/\t/g, ' ');
      return [input, ...transliterateName(input, dir, k)].join('\t');
    })
    .map((l) => `${l}\n`)
    .join('');
}

export async function namesCli(argv: string[]): Promise<number> {
  const [mode, ...rest] = argv;
  const dir = mode === 'romanise' || mode === 'romanize' ? 'ar2en' : mode === 'arabise' || mode === 'arabize' ? 'en2ar' : null;
  let k = 5;
  if (rest[0] === '-k' || rest[0] === '--k') k = Number(rest[1]);
  const badK = !Number.isInteger(k) || k < 1 || k > 20;
  if (!dir || badK || (rest.length && !(rest.length === 2 && rest[0]!.startsWith('-')))) {
    process.stderr.write(`mujaz names: ${!dir ? 'say romanise or arabise' : badK ? '-k takes a whole number from 1 to 20' : `unexpected ${rest.join(' ')}`}\n${USAGE}\n`);
    return 2;
  }
  const out = transliterateLines(await readStdin(), dir, k);
  // the reader may stop early (| head): what it wanted it has, so a closed pipe is no error
  // (the stream reports it once more as an event, after the write's own callback)
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(out, (e) => (!e || (e as NodeJS.ErrnoException).code === 'EPIPE' ? resolve() : reject(e))),
  );
  return 0;
}
