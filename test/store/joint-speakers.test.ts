/**
 * Joint36: briefings stored before quotes had `speakerIds` (parser version 14 and older) still load
 * and render from every engine that keeps briefings (lowdb files, PostgreSQL), and a briefing with
 * the field keeps it through a store round trip. The PostgreSQL run needs a server; without one it
 * is skipped with one line saying so.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import type { Store } from '../../src/store/types.ts';
import { briefing, alone, oldFormatBriefing, together } from '../helpers/joint-briefing.ts';
import { say } from '../ingest/chat-app.ts';
import { describeOnPostgres, lowdbEngine, pgReachable, type Engine } from './engines.ts';

function suite(engine: Engine): void {
  const reopened = async (put: (s: Store) => Promise<void>) => {
    const s = await engine.fresh();
    await put(s);
    return (await engine.reopen(s)) ?? s;
  };

  it('an old-format briefing loads and /quotes, /who render it as before', async () => {
    const store = await reopened((s) => s.briefings.put(oldFormatBriefing()));
    const b = await store.briefings.get('b-joint-old');
    expect(b?.quotes[0]).not.toHaveProperty('speakerIds');
    const app = await createApp(parseConfig({ MUJAZ_LOG_LEVEL: 'silent' }), { store });
    const quotes = (await say(app, '/quotes')).text;
    expect(quotes).toContain('Sameh Shoukry and Ayman Safadi said that a political solution is the only way');
    expect((await say(app, '/who Safadi')).text).toContain('== Ayman Safadi ==');
    expect((await say(app, '/who Shoukry')).text).toContain('spare no effort');
    await store.close();
  });

  it('a briefing with speakerIds keeps them, and /who shows the joint quote on both cards', async () => {
    const store = await reopened((s) => s.briefings.put({ ...briefing([together, alone]), parserVersion: 15 }));
    expect((await store.briefings.get('b-joint'))?.quotes[0]?.speakerIds).toEqual(['p-shoukry', 'p-safadi']);
    const app = await createApp(parseConfig({ MUJAZ_LOG_LEVEL: 'silent' }), { store });
    for (const who of ['Safadi', 'Shoukry']) expect((await say(app, `/who ${who}`)).text).toContain('Sameh Shoukry and Ayman Safadi said that');
    await store.close();
  });
}

describe('lowdb engine: joint speakers across the store', () => suite(lowdbEngine));
describeOnPostgres(await pgReachable(), 'postgres engine: joint speakers across the store', '2 joint-speaker store tests', suite);
