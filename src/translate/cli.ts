/**
 * `mujaz translate ID|sample|FILE`: ask the translation provider for what a stored briefing
 * still lacks in the other language (after an ingest-time failure, or for briefings stored
 * before a provider was configured). Cached texts are not asked again.
 */
import { parseArgs } from 'node:util';
import type { CreateApp } from '../core/app-types.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { resolveBriefing, ResolveError, storedFor } from '../overlay/resolve.ts';
import type { TranslateOutcome } from './translator.ts';

const USAGE = 'usage: mujaz translate ID|sample|FILE';

export function outcomeLine(id: string, o: TranslateOutcome): string {
  const short = id.slice(0, 8);
  if (o.status === 'nothing-to-do') return `briefing ${short}: nothing to translate (editors or the cache already cover every part)`;
  if (o.status === 'paused') return `briefing ${short}: skipped, the provider failed moments ago`;
  const got = `${o.texts} text(s)${o.summary ? ' and the summary' : ''}`;
  if (o.status === 'failed')
    return `briefing ${short}: translation failed (${o.error?.kind}: ${o.error?.message})${o.texts || o.summary ? `; ${got} cached before the failure` : ''}`;
  return `briefing ${short}: translated ${got} in ${o.requests} request(s)${o.missing ? `; ${o.missing} part(s) missing from the reply` : ''}`;
}

/** `createApp`: handed by src/cli.ts (the wiring), which features do not import. */
export async function translateCli(argv: string[], createApp: CreateApp): Promise<number> {
  let positionals: string[];
  try {
    positionals = parseArgs({ args: argv, allowPositionals: true, strict: true }).positionals;
  } catch (e) {
    process.stderr.write(`mujaz translate: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`mujaz translate: ${positionals.length ? 'one ID at a time' : 'missing ID'}\n${USAGE}\n`);
    return 2;
  }
  try {
    const config = loadConfig();
    const app = await createApp(config);
    const translator = app.services.translator;
    if (!translator) {
      process.stderr.write('mujaz translate: no translation provider configured: set MUJAZ_LLM_BASE_URL and MUJAZ_LLM_MODEL (and MUJAZ_LLM_API_KEY if the endpoint needs one)\n');
      return 2;
    }
    const r = resolveBriefing(positionals[0]!, config, await storedFor(app.library, positionals[0]!));
    if (r.from === 'file') await app.library.add(r.briefing);
    const outcome = await translator.translate((await app.library.getRaw(r.briefing.id)) ?? r.briefing, { force: true });
    await app.store.close();
    process.stdout.write(`${outcomeLine(r.briefing.id, outcome)}\n`);
    return outcome.status === 'failed' ? 1 : 0;
  } catch (e) {
    if (e instanceof ResolveError || e instanceof ConfigError) {
      process.stderr.write(`mujaz translate: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
