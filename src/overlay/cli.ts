/**
 * `mujaz review ID [--template [--force]]`: the editor's review sheet for a briefing, or an
 * overlay skeleton written to data/overlays/<id>.json (never over an existing overlay without
 * --force; with it, what the overlay already says is kept).
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { TranslationCache } from '../translate/cache.ts';
import { fillFromCache } from '../translate/view.ts';
import { Library } from '../library/library.ts';
import { openExistingStore, resolveBriefing, ResolveError, storedFor } from './resolve.ts';
import { renderReview, review, template } from './review.ts';
import { OverlayStore } from './store.ts';

const USAGE = 'usage: mujaz review ID|sample|FILE [--template [--force]]';

export async function reviewCli(argv: string[]): Promise<number> {
  let values: { template?: boolean; force?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { template: { type: 'boolean' }, force: { type: 'boolean' } },
    }));
  } catch (e) {
    process.stderr.write(`mujaz review: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`mujaz review: ${positionals.length ? 'one ID at a time' : 'missing ID'}\n${USAGE}\n`);
    return 2;
  }
  try {
    const config = loadConfig();
    const store = await openExistingStore(config);
    const { briefing } = resolveBriefing(positionals[0]!, config, store ? await storedFor(new Library(store.briefings), positionals[0]!) : []);
    const overlays = new OverlayStore(config.MUJAZ_OVERLAY_DIR, 0);
    const state = overlays.state(briefing.id);
    if (values.template) {
      const file = overlays.file(briefing.id);
      if (existsSync(file) && !values.force) {
        process.stderr.write(`mujaz review: ${file} already exists; edit it, or add --force to refresh the skeleton (its texts are kept)\n`);
        return 1;
      }
      if (state.status === 'invalid') {
        process.stderr.write(`mujaz review: ${file} is not a valid overlay (${state.error}); fix or move it first\n`);
        return 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(template(briefing, state.status === 'ok' ? state.overlay : undefined), null, 2)}\n`);
      process.stdout.write(`wrote ${file}: fill the empty "${briefing.lang === 'ar' ? 'en' : 'ar'}" texts, then run mujaz review ${briefing.id.slice(0, 8)}\n`);
      return 0;
    }
    const withMachine = store ? fillFromCache(briefing, new TranslationCache(store)) : briefing;
    process.stdout.write(renderReview(review(briefing, withMachine, state)));
    return 0;
  } catch (e) {
    if (e instanceof ResolveError || e instanceof ConfigError) {
      process.stderr.write(`mujaz review: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
