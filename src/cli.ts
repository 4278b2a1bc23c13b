/**
 * Command-line entry points for scripts and tests (stable interface):
 *   mujaz parse FILE [--date YYYY-MM-DD]           briefing of an article file as JSON
 *   mujaz ask --article FILE [--lang ar|en] TEXT   one answer, as the console would give it
 * Other features add subcommands to `subcommands` below.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createApp } from './app.ts';
import { consoleMessage } from './platforms/console/console.ts';
import { parseArticle, ParseError } from './parser/index.ts';
import { renderPlain } from './reply/render-text.ts';
import { ingestText } from './library/ingest-text.ts';
import { ConfigError, loadConfig, parseConfig } from './config.ts';
import { memoryStore } from './store/open.ts';
import { StoreError } from './store/types.ts';
import { setLogLevel } from './log.ts';
import { ingestCli } from './ingest/cli.ts';
import { IngestError } from './ingest/errors.ts';
import { decodeText } from './ingest/text-check.ts';
import { reviewCli } from './overlay/cli.ts';
import { translateCli } from './translate/cli.ts';
import { namesCli } from './names/cli.ts';

export class UsageError extends Error {}

const USAGE = `usage:
  mujaz parse FILE [--date YYYY-MM-DD]
  mujaz ask --article FILE [--lang ar|en] "TEXT"
  mujaz ingest PATH|URL ...
  mujaz review ID|sample|FILE [--template [--force]]
  mujaz translate ID|sample|FILE
  mujaz names romanise|arabise   (names one per line on stdin)`;

/** An article file decoded as ingest decodes it (UTF-8, or UTF-16 with a BOM), so parse and ingest agree. */
function readArticle(file: string | undefined): string {
  if (!file) throw new UsageError('missing FILE');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return decodeText(bytes).replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof IngestError) throw new UsageError(`${file}: ${e.message}`);
    throw e;
  }
}

async function parse(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { date: { type: 'string' } } });
  const file = positionals[0];
  // The publication date, when the caller knows it: relative dates (العام الماضي، آذار الماضي) are
  // resolved against it; without it the article's own latest year stands for its present.
  if (values.date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(values.date)) throw new UsageError('--date must be YYYY, YYYY-MM or YYYY-MM-DD');
  const b = parseArticle(readArticle(file), { meta: { file, ...(values.date ? { publishedAt: values.date } : {}) } });
  process.stdout.write(`${JSON.stringify(b, null, 2)}\n`);
  return 0;
}

async function ask(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { article: { type: 'string' }, lang: { type: 'string' } },
  });
  if (values.lang !== undefined && values.lang !== 'ar' && values.lang !== 'en') throw new UsageError('--lang must be ar or en');
  const text = positionals.join(' ');
  if (!text.trim()) throw new UsageError('missing TEXT');
  const article = readArticle(values.article);
  // One-shot: an in-memory store, so asking never touches the bot's data file.
  loadConfig(); // .env into the environment, as every command reads it
  const app = await createApp(parseConfig({ ...process.env, MUJAZ_ARTICLE: values.article }), { store: memoryStore() });
  await ingestText(app.library, article, { file: values.article });
  const lang = (values.lang as 'ar' | 'en' | undefined) ?? app.config.MUJAZ_DEFAULT_LANG;
  await app.chats.setChat('console:local', { lang });
  const r = await app.dispatcher.handle(consoleMessage(text));
  process.stdout.write(`${r ? renderPlain(r) : ''}\n`);
  return 0;
}

export const subcommands: Record<string, (argv: string[]) => Promise<number>> = {
  parse,
  ask,
  ingest: (argv) => ingestCli(argv, createApp),
  review: reviewCli,
  translate: (argv) => translateCli(argv, createApp),
  names: namesCli,
};

export async function main(argv: string[]): Promise<number> {
  setLogLevel('warn');
  const [sub, ...rest] = argv;
  const run = sub ? subcommands[sub] : undefined;
  if (!run) {
    process.stderr.write(`${USAGE}\n`);
    return sub ? 2 : 0;
  }
  try {
    return await run(rest);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ParseError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`mujaz ${sub}: ${(e as Error).message}\n`);
      return 2;
    }
    // Configuration and data-file problems: the same one line `npm start` gives, no stack trace.
    if (e instanceof ConfigError || e instanceof StoreError) {
      process.stderr.write(`mujaz ${sub}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

/**
 * Exit once everything written has reached the OS. On Linux, stdout to a pipe is asynchronous, so
 * process.exit() right after write() cut piped JSON at 64 KiB; an empty write's callback runs after
 * every earlier write of that stream has been flushed.
 */
export function exitWhenFlushed(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(exitWhenFlushed, (e) => {
    process.stderr.write(`mujaz: ${(e as Error).stack ?? e}\n`);
    exitWhenFlushed(1);
  });
}
