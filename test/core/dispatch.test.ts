import { describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../src/core/command.ts';
import { closestCommand, createDispatcher, MAX_MESSAGE_CHARS } from '../../src/core/dispatch.ts';
import { reply, text } from '../../src/reply/model.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import { msg, testApp } from '../helpers/app.ts';

// A tiny command set so the dispatcher is tested apart from the article commands.
const echo: CommandSpec = {
  name: 'echo',
  description: { ar: 'يعيد النص', en: 'Echoes the text' },
  phrases: ['كرر', 'كرر الان'],
  run: ({ args, lang }) => reply(lang, [text(`${lang}:${args}`)]),
};
const secret: CommandSpec = {
  name: 'secret',
  description: { ar: 'للمشرفين', en: 'Admins only' },
  access: 'admin',
  run: ({ lang }) => reply(lang, [text('ok')]),
};
const groupOnly: CommandSpec = {
  name: 'manage',
  description: { ar: 'لمشرفي المجموعة', en: 'Group admins only' },
  access: 'group-admin',
  run: ({ lang }) => reply(lang, [text('managed')]),
};
const needs: CommandSpec = {
  name: 'needs',
  description: { ar: 'يحتاج موجزًا', en: 'Needs a briefing' },
  needsBriefing: true,
  run: ({ lang }) => reply(lang, [text('has briefing')]),
};

async function setup(env: Record<string, string> = {}) {
  const app = await testApp({ sample: false, env });
  const d = createDispatcher([echo, secret, groupOnly, needs], app.services);
  const say = async (t: string, extra = {}) => {
    const r = await d.handle(msg(t, extra));
    return r ? renderPlain(r) : null;
  };
  return { app, d, say };
}

describe('dispatch', () => {
  it('runs a /command with its arguments', async () => {
    const { say } = await setup();
    expect(await say('/echo hello world')).toBe('en:hello world');
  });

  it('accepts /cmd@thisbot and ignores /cmd@otherbot', async () => {
    const { say } = await setup();
    expect(await say('/echo@mujaz_bot hi', { botUsername: 'mujaz_bot' })).toBe('en:hi');
    expect(await say('/echo@other_bot hi', { botUsername: 'mujaz_bot' })).toBeNull();
  });

  it('maps Arabic phrasings, with or without hamza and punctuation, longest phrase first', async () => {
    const { say } = await setup();
    expect(await say('كرر مرحبا')).toBe('en:مرحبا');
    expect(await say('كرر الآن شيئا؟')).toBe('en:شيئا؟');
  });

  it('treats a bare command word in a direct chat as the command', async () => {
    const { say } = await setup();
    expect(await say('echo hi')).toBe('en:hi');
  });

  it('ignores unaddressed plain text in groups but still answers /commands there', async () => {
    const { say } = await setup();
    expect(await say('echo hi', { addressed: false, chatType: 'group' })).toBeNull();
    expect(await say('/echo hi', { addressed: false, chatType: 'group' })).toBe('en:hi');
  });

  it('answers an unknown command with a suggestion, in the chat language', async () => {
    const { say, app } = await setup();
    expect(await say('/ecko')).toContain('/echo');
    await app.chats.setChat('console:c1', { lang: 'ar' });
    const r = await say('/zzzz');
    expect(r).toMatch(/لا أعرف الأمر/);
    expect(r).toContain('/help');
  });

  it('refuses a huge message briefly, without echoing it', async () => {
    const { say } = await setup();
    const r = await say(`/echo ${'x'.repeat(50_000)}`);
    expect(r).toContain(String(MAX_MESSAGE_CHARS));
    expect(r!.length).toBeLessThan(200);
  });

  it('strips control and bidi-override characters from input', async () => {
    const { say } = await setup();
    expect(await say('/echo a\u202Eb\u0007c\u2066d')).toBe('en:abcd');
  });

  it('answers empty or unclear text in a direct chat with a pointer to /help', async () => {
    const { say } = await setup();
    expect(await say('   ')).toContain('/help');
    expect(await say('what is this')).toContain('/help');
  });

  it('picks the language: chat setting, then user setting, then platform locale, then default', async () => {
    const { d, app } = await setup();
    const m = msg('', { userLocale: 'ar-EG' });
    expect(d.langFor(m)).toBe('ar');
    await app.chats.setUser('console:u1', { lang: 'en' });
    expect(d.langFor(m)).toBe('en');
    await app.chats.setChat('console:c1', { lang: 'ar' });
    expect(d.langFor(m)).toBe('ar');
    expect(d.langFor(msg('', { chatId: 'other', userId: 'other' }))).toBe('en');
  });

  it('enforces admin and group-admin access', async () => {
    const { d } = await setup({ MUJAZ_ADMINS: 'telegram:42' });
    const tg = (t: string, extra = {}) =>
      d.handle(msg(t, { platform: 'telegram', userId: '7', ...extra })).then((r) => (r ? renderPlain(r) : null));
    expect(await tg('/secret')).toMatch(/admins/);
    expect(await tg('/secret', { userId: '42' })).toBe('ok');
    expect(await tg('/manage', { chatType: 'group', isChatAdmin: async () => false })).toMatch(/admins/);
    expect(await tg('/manage', { chatType: 'group', isChatAdmin: async () => true })).toBe('managed');
    expect(await tg('/manage')).toBe('managed');
  });

  it('says there is no briefing yet instead of failing', async () => {
    const { say } = await setup();
    expect(await say('/needs')).toMatch(/no briefing/);
  });

  it('suggests only near commands', () => {
    expect(closestCommand('ehco', [echo, secret])).toBe('echo');
    expect(closestCommand('weather', [echo, secret])).toBeUndefined();
  });
});

describe('dispatch on a platform with a command prefix', () => {
  it('names commands the way that platform types them', async () => {
    const { d } = await setup();
    const r = await d.handle(msg('/ecko', { commandPrefix: '/mujaz ' }));
    expect(renderPlain(r!)).toContain('/mujaz echo');
    const u = await d.handle(msg('hmm', { commandPrefix: '/mujaz ' }));
    expect(renderPlain(u!)).toContain('/mujaz help');
  });
});
