/**
 * The fan-out benchmark's fake platform, in its own process so that the server's work does not
 * share an event loop with the sender being measured. Started with fork(); options come as JSON
 * in argv[2]; it answers {url} once listening, {received, stats} to 'log', forgets what it received
 * on 'reset', and exits on 'close'.
 */
import { startFakePlatform, type FakePlatformOptions } from '../test/helpers/fake-rate-limited.ts';

const opts = JSON.parse(process.argv[2] ?? '{}') as FakePlatformOptions;
const server = await startFakePlatform(opts);
process.send!({ url: server.url });
process.on('message', (m: unknown) => {
  if (m === 'log') {
    process.send!({
      received: server.received.map((r) => r.chatId),
      firstAt: server.received[0]?.at,
      lastAt: server.received.at(-1)?.at,
      stats: server.stats,
    });
  }
  if (m === 'reset') {
    server.reset();
    process.send!({ reset: true });
  }
  if (m === 'close') void server.close().then(() => process.exit(0));
});
