/** Files sent to the bot in a DM reach commands as attachments, downloaded with the bot token. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../../src/core/command.ts';
import { createSlackApp, type SlackApp } from '../../../src/platforms/slack/app.ts';
import { reply, text } from '../../../src/reply/model.ts';
import { testApp } from '../../helpers/app.ts';
import { eventEnvelope, FakeSlack, postEvent } from '../../helpers/fake-slack.ts';

const SECRET = 'files-secret';
let fake: FakeSlack;
let slack: SlackApp;
let url: string;

// A command that reads its attachments, standing in for /ingest.
const readFiles: CommandSpec = {
  name: 'read',
  description: { ar: 'يقرأ المرفقات', en: 'Reads attachments' },
  run: async ({ msg, lang }) => {
    const got = await Promise.all((msg.attachments ?? []).map(async (a) => `${a.name}:${(await a.fetch()).toString('utf8')}`));
    return reply(lang, [text(got.length ? got.join(' | ') : 'no files')]);
  },
};

beforeAll(async () => {
  fake = await FakeSlack.start();
  const app = await testApp({ sample: false, commands: [readFiles] });
  slack = createSlackApp(app, { botToken: 'xoxb-files', signingSecret: SECRET, slackApiUrl: fake.apiUrl, port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(await slack.start()).port}/slack/events`;
});
afterAll(async () => {
  await slack?.stop();
  await fake?.close();
});

describe('Slack DM files', () => {
  it('hands shared files to the command, fetched with the bot token', async () => {
    fake.files.set('article.txt', 'نص المقال');
    const env = eventEnvelope({
      type: 'message',
      subtype: 'file_share',
      channel_type: 'im',
      channel: 'D1',
      user: 'UEN',
      text: 'read',
      ts: '1.1',
      files: [{ id: 'F1', name: 'article.txt', mimetype: 'text/plain', size: 17, url_private_download: fake.fileUrl('article.txt') }],
    });
    await postEvent(url, env, { secret: SECRET });
    const [p] = await fake.waitFor(() => (fake.callsOf('chat.postMessage').length ? fake.callsOf('chat.postMessage') : null));
    expect(String(p!.args.text)).toBe('article.txt:نص المقال');
    expect(fake.fileAuth).toEqual(['Bearer xoxb-files']);
  });
});
