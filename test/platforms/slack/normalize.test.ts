import { describe, expect, it } from 'vitest';
import { chatTypeOf, decodeSlackText, slashToCommand } from '../../../src/platforms/slack/normalize.ts';

describe('decodeSlackText', () => {
  it('drops mentions of the bot and keeps other people readable', () => {
    expect(decodeSlackText('<@UBOT> who araghchi', 'UBOT')).toBe('who araghchi');
    // The request follows the mention; a greeting before it is not part of it.
    expect(decodeSlackText('hey <@UBOT|mujaz>   summary', 'UBOT')).toBe('summary');
    expect(decodeSlackText('hey <@UBOT> who is araghchi?', 'UBOT')).toBe('who is araghchi?');
    expect(decodeSlackText('summary please <@UBOT>', 'UBOT')).toBe('summary please');
    expect(decodeSlackText('<@U1|eve> asked', 'UBOT')).toBe('@eve asked');
  });

  it('turns links, channels and specials into what the user saw, and unescapes & < >', () => {
    expect(decodeSlackText('read <https://example.org/a?b=1&amp;c=2|this> in <#C1|news>')).toBe('read https://example.org/a?b=1&c=2 in #news');
    expect(decodeSlackText('<!here> a &lt;b&gt; &amp; c')).toBe('@here a <b> & c');
    expect(decodeSlackText('<mailto:a@b.c|a@b.c>')).toBe('a@b.c');
  });
});

describe('slashToCommand', () => {
  it('makes the first word the command', () => {
    expect(slashToCommand('who araghchi')).toBe('/who araghchi');
    expect(slashToCommand('Summary')).toBe('/summary');
    expect(slashToCommand('/lang ar')).toBe('/lang ar');
  });

  it('asks for help on empty text and leaves Arabic phrasings as typed', () => {
    expect(slashToCommand('   ')).toBe('/help');
    expect(slashToCommand('من هو عراقجي')).toBe('من هو عراقجي');
    expect(slashToCommand('١٢٣')).toBe('١٢٣');
  });
});

describe('chatTypeOf', () => {
  it('tells DMs from channels', () => {
    expect(chatTypeOf('D123')).toBe('private');
    expect(chatTypeOf('C123')).toBe('group');
    expect(chatTypeOf('G123')).toBe('group');
    expect(chatTypeOf('C123', 'im')).toBe('private');
    expect(chatTypeOf('D123', 'mpim')).toBe('group');
  });
});
