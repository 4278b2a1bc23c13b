import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config.ts';
import { startSlack } from '../../../src/platforms/slack/start.ts';
import { testApp } from '../../helpers/app.ts';
import { FakeSlack } from '../../helpers/fake-slack.ts';

let fake: FakeSlack;
beforeAll(async () => {
  fake = await FakeSlack.start();
});
afterAll(() => fake.close());

describe('startSlack', () => {
  it('starts nothing without SLACK_BOT_TOKEN', async () => {
    const app = await testApp({ sample: false });
    expect(await startSlack(app)).toBeNull();
    expect(app.services.transports.slack).toBeUndefined();
  });

  it('stops start-up with a clear message when Slack refuses the token', async () => {
    fake.on('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    const app = await testApp({ sample: false, env: { SLACK_BOT_TOKEN: 'xoxb-bad', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl } });
    const e = await startSlack(app).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as Error).message).toMatch(/^Slack refused SLACK_BOT_TOKEN \(invalid_auth\)/);
    fake.on('auth.test', null);
  });

  it('says which variable to change when the HTTP port is taken', async () => {
    const busy: Server = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()));
    const port = (busy.address() as AddressInfo).port;
    try {
      const app = await testApp({
        sample: false,
        env: { SLACK_BOT_TOKEN: 'xoxb-t', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl, SLACK_PORT: String(port) },
      });
      const e = await startSlack(app).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as Error).message).toMatch(new RegExp(`port ${port}.*SLACK_PORT`));
    } finally {
      busy.close();
    }
  });
});
