/**
 * Two instances' Bot API clients on one PostgreSQL database: their messages together keep the
 * bot's overall rate (30/s after a burst of 5), and a retry_after one heard holds the other.
 * The transformer is driven directly with a recording "network". Needs a server; without one it
 * is skipped with one line.
 */
import type { Transformer } from 'grammy';
import { expect, it } from 'vitest';
import { sharedPacing } from '../../../src/platforms/telegram/shared-pacing.ts';
import { describeOnPostgres, pgReachable } from '../../store/engines.ts';

const reachable = await pgReachable();

type Call = Parameters<Transformer>[0];

describeOnPostgres(reachable, 'Telegram sends of two instances paced through PostgreSQL', `the shared Telegram pacing tests`, (engine) => {

  it('keep the bot-wide rate together and share a retry_after', async () => {
    const a = await engine.fresh();
    const b = await engine.second!(a);
    const sent: Array<{ method: string; at: number }> = [];
    let tooMany = 0;
    const network: Call = async (method) => {
      sent.push({ method, at: performance.now() });
      if (tooMany > 0) {
        tooMany--;
        return { ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 1 } } as never;
      }
      return { ok: true, result: true } as never;
    };
    const [ta, tb] = [sharedPacing(a.pacer!), sharedPacing(b.pacer!)];
    const call = (t: Transformer, method = 'sendMessage') => t(network, method as never, { chat_id: 1, text: 'x' } as never);

    const issued = performance.now();
    await Promise.all(Array.from({ length: 12 }, (_, i) => call(i % 2 ? tb : ta)));
    const at = sent.map((s) => s.at).sort((x, y) => x - y);
    expect(at).toHaveLength(12);
    // A burst of 5, then one every 33 ms across both instances (alone, each would do 30/s).
    // Counted from when they were asked for: a send may go later than its slot, never earlier.
    // (3 ms of slack: timers fire on whole milliseconds, so a send may read up to a millisecond
    // early against performance.now on each side; a clean-clone CI run read 97.97 for 98)
    for (let i = 5; i < 12; i++) expect(at[i]! - issued).toBeGreaterThanOrEqual((i - 4) * (1000 / 30) - 3);
    // Calls that send nothing are not paced.
    sent.length = 0;
    await call(ta, 'getMe');
    expect(sent.map((s) => s.method)).toEqual(['getMe']);

    tooMany = 1;
    const t0 = performance.now();
    expect(await call(ta)).toMatchObject({ ok: false, error_code: 429 });
    expect(await call(tb)).toMatchObject({ ok: true });
    expect(sent.at(-1)!.at - t0).toBeGreaterThanOrEqual(990);
    await a.close();
    await b.close();
  });
});
