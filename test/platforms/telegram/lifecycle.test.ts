/**
 * The life of the polling process against the fake Bot API: a stop in the middle of a flood loses
 * nothing and answers nothing twice across a restart; outages, garbage answers and 409 Conflict are
 * survived, logged once with their cause and once on recovery; a refused token is one clear error.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../../../commands/index.ts';
import type { App } from '../../../src/app.ts';
import { ConfigError } from '../../../src/config.ts';
import type { CommandSpec } from '../../../src/core/command.ts';
import { setLogLevel } from '../../../src/log.ts';
import { startTelegramWith, type TelegramRunning } from '../../../src/platforms/telegram/start.ts';
import { reply, text } from '../../../src/reply/model.ts';
import { tempFile, testApp } from '../../helpers/app.ts';
import { SECTIONS } from '../../../src/app.ts';
import { HANDLED_UNCONFIRMED } from '../../../src/platforms/seen-ids-store.ts';
import { LowdbStore } from '../../../src/store/lowdb/engine.ts';
import { captureLog } from '../../helpers/log.ts';
import { BOT_USER, FakeTelegram, groupMessage, privateMessage } from '../../helpers/fake-telegram.ts';

setLogLevel('silent');

/** A command that takes a little while (as a getChatMember check or a parse would) and says which request it answers. */
const slow: CommandSpec = {
  name: 'slow',
  hidden: true,
  description: { ar: 'بطيء', en: 'Slow' },
  run: async ({ lang, args }) => {
    await new Promise((r) => setTimeout(r, 5 + Math.random() * 25));
    return reply(lang, [text(`answer ${args.trim()}`)]);
  },
};

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
  vi.restoreAllMocks();
  setLogLevel('silent');
});

async function start(fake: FakeTelegram, app?: App, extra: Partial<Parameters<typeof startTelegramWith>[1]> = {}): Promise<TelegramRunning> {
  const a = app ?? (await testApp({ sample: false, commands: [...commands, slow] }));
  const r = await startTelegramWith(a, {
    token: fake.token,
    apiRoot: fake.apiRoot,
    botInfo: BOT_USER,
    rateLimit: { limit: 10_000, timeFrameMs: 1000 },
    backoff: { firstMs: 50, maxMs: 200 },
    ...extra,
  });
  cleanup.push(() => r.stop(1000));
  return r;
}

/** Visible text of every successful reply, by the request number it answers. */
function answers(fake: FakeTelegram): Map<number, number> {
  const n = new Map<number, number>();
  for (const c of fake.callsOf('sendMessage')) {
    const m = /answer (\d+)/.exec(String(c.params.text));
    if (c.ok && m) n.set(Number(m[1]), (n.get(Number(m[1])) ?? 0) + 1);
  }
  return n;
}


describe('stopping under load', () => {
  it('a stop mid-flood of 200 updates: every one answered exactly once across the restart', async () => {
    const fake = await FakeTelegram.start({ maxHoldMs: 100 });
    cleanup.push(() => fake.close());
    const first = await start(fake);
    for (let i = 0; i < 200; i++) fake.push(groupMessage(-100 - (i % 10), { id: 500 + i }, `/slow ${i}`));
    await fake.waitFor(() => answers(fake).size >= 30, { timeoutMs: 10_000 });
    await first.stop(25_000);
    const atStop = answers(fake).size;
    expect(atStop).toBeLessThan(200); // the stop really came mid-flood
    expect(first.poller!.pending).toBe(0); // everything fetched was finished, not dropped

    await start(fake);
    await fake.waitFor(() => answers(fake).size === 200, { timeoutMs: 15_000 });
    await new Promise((r) => setTimeout(r, 300)); // room for a duplicate to show up
    const counts = answers(fake);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(counts.size).toBe(200);
  });

  it('confirms only handled updates: an update still in flight is fetched again by the next run', async () => {
    const fake = await FakeTelegram.start({ maxHoldMs: 100 });
    cleanup.push(() => fake.close());
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const stuck: CommandSpec = { name: 'stuck', hidden: true, description: { ar: 'عالق', en: 'Stuck' }, run: async ({ lang }) => (await gate, reply(lang, [text('answer 1')])) };
    const first = await start(fake, await testApp({ sample: false, commands: [...commands, stuck] }));
    const id = fake.push(privateMessage({ id: 77 }, '/stuck'));
    await fake.waitFor((c) => c.method === 'getUpdates' && Number(c.params.offset ?? 0) === id); // fetched again while in flight…
    const left = await first.poller!.stop(200); // …and not finished within the grace period
    expect(left).toBe(1);
    const confirm = fake.callsOf('getUpdates').at(-1)!;
    expect(Number(confirm.params.offset)).toBe(id); // not confirmed: Telegram keeps it
    release();
    await start(fake, await testApp({ sample: false, commands: [...commands, slow, stuck] }));
    await fake.waitFor(() => (answers(fake).get(1) ?? 0) >= 1);
  });
});

describe('a process killed between answering and confirming', () => {
  it('does not answer the update again after the restart, and keeps no record once Telegram was told', async () => {
    const fake = await FakeTelegram.start({ maxHoldMs: 100 });
    cleanup.push(() => fake.close());
    const file = tempFile();
    const open = async () => testApp({ sample: false, commands: [...commands, slow], store: await LowdbStore.open(file, { sections: SECTIONS }) });
    const app1 = await open();
    const first = await start(fake, app1);
    // Telegram never hears the confirmation: as if the process died right after answering.
    let cut = true;
    const id = fake.push(privateMessage({ id: 88 }, '/slow 7'));
    fake.fail('getUpdates', { error_code: 502, description: 'Bad Gateway' }, { times: 1_000_000, when: (p) => cut && Number(p.offset ?? 0) > id });
    await fake.waitFor(() => (answers(fake).get(7) ?? 0) >= 1);
    await first.stop(1000);
    await app1.store.close();
    expect(fake.callsOf('getUpdates').filter((c) => c.ok && Number(c.params.offset ?? 0) > id)).toEqual([]);

    cut = false;
    const app2 = await open();
    await start(fake, app2);
    await fake.drained();
    await new Promise((r) => setTimeout(r, 300)); // room for a second answer to show up
    expect(answers(fake).get(7)).toBe(1);
    // Confirmed now: its record is dropped (the log holds only what Telegram may still re-send).
    await vi.waitFor(() => expect(app2.store.section(HANDLED_UNCONFIRMED).size).toBe(0));
  });
});

describe('stopping a webhook', () => {
  it('stops taking requests but finishes the update being handled, then closes', async () => {
    const fake = await FakeTelegram.start();
    cleanup.push(() => fake.close());
    let started!: () => void;
    const inHandler = new Promise<void>((r) => (started = r));
    const working: CommandSpec = {
      name: 'working',
      hidden: true,
      description: { ar: 'يعمل', en: 'Working' },
      run: async ({ lang }) => (started(), await new Promise((r) => setTimeout(r, 200)), reply(lang, [text('answer 9')])),
    };
    const app = await testApp({ sample: false, commands: [...commands, slow, working] });
    const running = await startTelegramWith(app, {
      token: fake.token,
      apiRoot: fake.apiRoot,
      botInfo: BOT_USER,
      webhook: { url: 'https://x.example/hook', secret: 'hook-secret', port: 0, host: '127.0.0.1' },
    });
    const url = `http://127.0.0.1:${running.port}/hook`;
    const post = (update: Record<string, unknown>) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': 'hook-secret' }, body: JSON.stringify(update) });
    const inHand = post({ update_id: 1, ...privateMessage({ id: 91 }, '/working') });
    await inHandler; // the request is in, its handler working
    await running.stop(5000);
    expect((await inHand).status).toBe(200);
    expect(answers(fake).get(9)).toBe(1);
    await expect(post({ update_id: 2, ...privateMessage({ id: 91 }, '/slow 10') })).rejects.toThrow(); // closed
  });
});

describe('outages', () => {
  it('an unreachable Bot API at start-up: start-up returns at once, logs the cause, and answers once the API is there', async () => {
    const probe = await FakeTelegram.start();
    const apiRoot = probe.apiRoot;
    const port = Number(new URL(apiRoot).port);
    await probe.close();
    const lines = captureLog();
    const app = await testApp({ sample: false, commands: [...commands, slow] });
    const t0 = Date.now();
    const running = await startTelegramWith(app, { token: '123456:TEST-token', apiRoot, backoff: { firstMs: 50, maxMs: 200 } });
    cleanup.push(() => running.stop(1000));
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(lines.filter((l) => /WARN telegram: the Bot API cannot be reached \(ECONNREFUSED\) at start-up/.test(l))).toHaveLength(1);

    await new Promise((r) => setTimeout(r, 600)); // several failed retries: still one line
    expect(lines.filter((l) => /telegram:.*cannot be reached/.test(l))).toHaveLength(1);

    const fake = await FakeTelegram.start({ port, maxHoldMs: 100 });
    cleanup.push(() => fake.close());
    fake.push(privateMessage({ id: 9 }, '/slow 5'));
    await fake.waitFor(() => answers(fake).get(5) === 1, { timeoutMs: 5000 });
    expect(lines.some((l) => /INFO telegram: connected after [\d.]+ s/.test(l))).toBe(true);
    expect(lines.join('')).not.toContain('TEST-token');
  });

  it('a polling outage (500s from getUpdates) is logged once per cause and once on recovery; answers resume within the back-off cap', async () => {
    const fake = await FakeTelegram.start({ maxHoldMs: 100 });
    cleanup.push(() => fake.close());
    const lines = captureLog();
    await start(fake);
    fake.push(privateMessage({ id: 9 }, '/slow 1'));
    await fake.waitFor(() => answers(fake).get(1) === 1);
    fake.fail('getUpdates', { error_code: 500, description: 'Internal Server Error' }, { times: 6 });
    await fake.waitFor((c) => c.method === 'getUpdates' && !c.ok);
    fake.push(privateMessage({ id: 9 }, '/slow 2'));
    await fake.waitFor(() => answers(fake).get(2) === 1, { timeoutMs: 5000 });
    const warn = lines.filter((l) => / WARN telegram: the Bot API answered with an error \(500 Internal Server Error\)/.test(l));
    expect(warn).toHaveLength(1);
    expect(lines.filter((l) => /INFO telegram: receiving updates again after [\d.]+ s \(6 failed attempts/.test(l))).toHaveLength(1);
  });

  it('409 Conflict (a second copy polling) is logged and retried, never a crash', async () => {
    const fake = await FakeTelegram.start({ maxHoldMs: 100 });
    cleanup.push(() => fake.close());
    const lines = captureLog();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    cleanup.push(async () => void process.off('unhandledRejection', unhandled));
    fake.fail('getUpdates', { error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' }, { times: 4 });
    const running = await start(fake);
    fake.push(privateMessage({ id: 9 }, '/slow 3'));
    await fake.waitFor(() => answers(fake).get(3) === 1, { timeoutMs: 5000 });
    expect(lines.filter((l) => /WARN telegram: another copy of the bot is polling with this token/.test(l))).toHaveLength(1);
    expect(unhandled).not.toHaveBeenCalled();
    expect(running.poller!.running).toBe(true);
  });

  it('a token Telegram refuses is one clear ConfigError at start-up', async () => {
    const fake = await FakeTelegram.start();
    cleanup.push(() => fake.close());
    const app = await testApp({ sample: false });
    const err = await startTelegramWith(app, { token: '1:wrong', apiRoot: fake.apiRoot }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/^Telegram refused TELEGRAM_BOT_TOKEN \(401 Unauthorized\): check the token/);
    expect((err as Error).message).not.toContain('\n');
  });
});
