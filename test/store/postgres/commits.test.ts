/**
 * PostgreSQL: a digest round costs one commit. The outcomes the senders queued and the claims they
 * queued meanwhile go in one statement (mujaz_write_claim_firsts, migration 008), outcomes first;
 * before, each round waited for two commits, the outcomes' transaction and then the claims'. And a
 * claim is still committed before its send: the platform, reading the database over a connection
 * of its own, finds every chat it is sent to already claimed.
 * Needs a server; without one it is skipped with one line saying so.
 */
import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { SECTIONS } from '../../../src/app.ts';
import type { Transport } from '../../../src/core/transport.ts';
import { DELIVERIES, SUBSCRIPTIONS, type Delivery } from '../../../src/digest/records.ts';
import { subscribe } from '../../../src/digest/subscription.ts';
import { setLogLevel } from '../../../src/log.ts';
import { put, type Store } from '../../../src/store/types.ts';
import { harness, makeBriefing, tickAt } from '../../digest/fixtures/briefings.ts';
import { PG_URL, describeOnPostgres, pgReachable } from '../engines.ts';

setLogLevel('silent');

/** What one statement the store sent does: record writes, claimFirsts (how many), or a transaction's edge. */
interface Statement {
  writes: boolean;
  firsts: number;
  edge?: 'BEGIN' | 'COMMIT' | 'ROLLBACK';
}

function classify(text: string, values: unknown[] | undefined): Statement | null {
  const t = text.trim();
  if (/^(BEGIN|COMMIT|ROLLBACK)$/.test(t)) return { writes: false, firsts: 0, edge: t as Statement['edge'] };
  if (t.includes('mujaz_write_claim_firsts(')) return { writes: true, firsts: (JSON.parse(values![7] as string) as unknown[]).length };
  if (t.includes('mujaz_claim_firsts(')) return { writes: false, firsts: (JSON.parse(values![2] as string) as unknown[]).length };
  if (/^WITH d AS \(DELETE FROM mujaz_records/.test(t)) return { writes: true, firsts: 0 };
  if (/^INSERT INTO mujaz_records/.test(t)) return { writes: true, firsts: 0 };
  return null;
}

/**
 * Every statement of the store's write queue, as it completes, and the commits among them (a
 * statement outside BEGIN ... COMMIT is a commit of its own). Pacing, refreshes and reads are not
 * the queue's and are left out.
 */
function traceCommits() {
  const done: Statement[] = [];
  let commits = 0;
  const inTxn = new WeakSet<object>();
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, q: unknown, values?: unknown, ...rest: unknown[]) {
    const text = typeof q === 'string' ? q : ((q as { text?: string })?.text ?? '');
    const st = classify(text, Array.isArray(values) ? values : undefined);
    const r = (original as (...a: unknown[]) => unknown).call(this, q, values, ...rest);
    if (st && r instanceof Promise) {
      if (st.edge === 'BEGIN') inTxn.add(this);
      void r.then(
        () => {
          done.push(st);
          if (st.edge === 'COMMIT' || (!st.edge && !inTxn.has(this))) commits++;
          if (st.edge === 'COMMIT' || st.edge === 'ROLLBACK') inTxn.delete(this);
        },
        () => undefined,
      );
    }
    return r;
  } as typeof original;
  return {
    done,
    commits: () => commits,
    restore: () => {
      pg.Client.prototype.query = original;
    },
  };
}

const reachable = await pgReachable();
let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describeOnPostgres(reachable, 'PostgreSQL: one commit per digest round', 'the PostgreSQL commit-count tests', (engine) => {
  it('outcomes and claimFirsts queued while a transaction is out go in one statement, the outcomes first', async () => {
    const s = await engine.fresh([DELIVERIES, SUBSCRIPTIONS]);
    await s.write(['c0', 'c1'].map((k) => put(SUBSCRIPTIONS, `telegram:${k}`, { chatKey: `telegram:${k}` } as never)));
    const rec = (chat: string, status: Delivery['status']) => ({ chatKey: `telegram:${chat}`, status }) as Delivery;
    const trace = traceCommits();
    restore = trace.restore;
    // A transaction out (e.g. the last round's), and meanwhile: a sender's outcome (its chat's
    // send failed), then a claim that may only take that chat once the outcome is written.
    const out = s.write([put(DELIVERIES, 'telegram:c1|d', rec('c1', 'claimed'))]);
    const outcome = s.write([put(DELIVERIES, 'telegram:c1|d', rec('c1', 'failed'))]);
    const claim = s.claimFirst(DELIVERIES, SUBSCRIPTIONS, [{ key: 'telegram:c1|d', value: rec('c1', 'claimed'), lockKey: 'telegram:c1', replaceStatus: ['failed'] }]);
    await Promise.all([out, outcome]);
    expect(await claim).toEqual({ took: 'telegram:c1|d', passed: [] });
    expect(trace.done).toEqual([
      { writes: true, firsts: 0 },
      { writes: true, firsts: 1 },
    ]);
    expect(trace.commits()).toBe(2);
    await s.close();
  });

  it('in a fan-out no claim waits for more than two commits (the one out, then its own), and every claim is committed before its send', async () => {
    const N = 48;
    const store = await engine.fresh(SECTIONS);
    const schema = /schema (\w+)/.exec(store.where)![1]!;
    const reader = new pg.Pool({ connectionString: PG_URL, max: 8 });
    const notCommitted: string[] = [];
    // The platform: before answering, it looks in the database for the chat's claim.
    const platform: Transport = {
      platform: 'telegram',
      send: async (chatId) => {
        const r = await reader.query<{ status: string }>(`SELECT value->>'status' AS status FROM ${schema}.mujaz_records WHERE section = 'deliveries' AND key = $1`, [
          `telegram:${chatId}|2026-06-10`,
        ]);
        if (r.rows[0]?.status !== 'claimed') notCommitted.push(`${chatId}: ${r.rows[0]?.status ?? 'no record'}`);
        await new Promise((res) => setTimeout(res, 2));
        return { ok: true };
      },
    };
    const h = harness(() => ({ telegram: platform }), { store, start: '2026-06-10T07:00:00Z', options: { concurrency: 8 } });
    await h.library.add(makeBriefing('b', '2026-06-10T06:00:00Z'));
    for (let i = 0; i < N; i++) {
      const id = String(7000 + i);
      await subscribe(store, { chatKey: `telegram:${id}`, platform: 'telegram', chatId: id }, { minutes: 480, tz: 'UTC', always: false }, h.clock.now);
    }
    await store.flush();
    const trace = traceCommits();
    restore = trace.restore;
    // Commits each claimFirst waited for: those completed between its call and its answer.
    const waited: number[] = [];
    const claimFirst = store.claimFirst.bind(store) as Store['claimFirst'];
    store.claimFirst = (async (...args: Parameters<Store['claimFirst']>) => {
      const before = trace.commits();
      const r = await claimFirst(...args);
      waited.push(trace.commits() - before);
      return r;
    }) as Store['claimFirst'];
    const summary = await tickAt(h, '2026-06-10T08:00:00Z');
    await store.flush();
    await reader.end();
    expect(summary?.sent).toBe(N);
    expect(notCommitted).toEqual([]);
    expect(waited.length).toBeGreaterThanOrEqual(N);
    // Before migration 008: up to three (the claims' transaction out, then the outcomes queued
    // meanwhile, then its own).
    expect(Math.max(...waited)).toBeLessThanOrEqual(2);
    // Outcomes queued while claims were waiting went with them.
    expect(trace.done.filter((st) => st.writes && st.firsts > 0).length).toBeGreaterThan(0);
    await store.close();
  }, 60_000);
});
