/**
 * Recovery after a Bot API outage, with the production back-off: the fake Bot API goes away for
 * OUTAGE_S seconds (default 20; the back-off reaches its 4 s cap after 7.5 s, so longer outages
 * behave the same), a user writes meanwhile, and the API comes back on the same port. Prints how
 * long after the API's return the answer went out (target ≤ 5 s) and the log lines the outage
 * produced (target: one when it started, one when it ended).
 */
import { setLogLevel } from '../src/log.ts';
import { startTelegramWith } from '../src/platforms/telegram/start.ts';
import { testApp } from '../test/helpers/app.ts';
import { BOT_USER, FakeTelegram, privateMessage } from '../test/helpers/fake-telegram.ts';

const OUTAGE_S = Number(process.env.OUTAGE_S ?? 20);

export async function run(): Promise<boolean> {
  const lines: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((s: string | Uint8Array) => (lines.push(String(s)), true)) as typeof process.stderr.write;
  setLogLevel('info');
  let fake = await FakeTelegram.start();
  const port = Number(new URL(fake.apiRoot).port);
  const app = await testApp({ sample: false });
  const running = await startTelegramWith(app, { token: fake.token, apiRoot: fake.apiRoot, botInfo: BOT_USER });
  try {
    await fake.waitFor((c) => c.method === 'getUpdates');
    await fake.close();
    await new Promise((r) => setTimeout(r, OUTAGE_S * 1000));
    fake = await FakeTelegram.start({ port });
    const back = Date.now();
    fake.push(privateMessage({ id: 7, language_code: 'en' }, '/help'));
    const answer = await fake.waitFor((c) => c.method === 'sendMessage', { timeoutMs: 30_000 });
    const s = (answer.at - back) / 1000;
    const outageLines = lines.filter((l) => / (WARN|INFO) telegram: /.test(l) && !/polling for updates/.test(l));
    process.stdout.write(`outage: Bot API away ${OUTAGE_S} s; answered ${s.toFixed(1)} s after it came back (target ≤ 5 s); ${outageLines.length} log lines:\n`);
    for (const l of outageLines) process.stdout.write(`  ${l.replace(/^\S+ /, '')}`);
    return s <= 5 && outageLines.length === 2;
  } finally {
    await running.stop(1000);
    await fake.close();
    process.stderr.write = write;
    setLogLevel('silent');
  }
}
