import { describe, expect, it } from 'vitest';
import { errorReply, heading, list, note, quote, reply, text } from '../../../src/reply/model.ts';
import {
  escapeMrkdwn,
  messageChars,
  renderSlack,
  SLACK_LIMITS,
  splitForLimit,
  type SlackBlock,
  type SlackMessage,
} from '../../../src/platforms/slack/render.ts';

const texts = (b: SlackBlock): string[] =>
  b.type === 'header' || b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e) => e.text) : [];

function expectWithinLimits(ms: SlackMessage[]): void {
  for (const m of ms) {
    expect(m.blocks.length).toBeGreaterThan(0);
    expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    expect(messageChars(m)).toBeLessThanOrEqual(SLACK_LIMITS.messageChars);
    expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackChars);
    expect(m.text.trim()).not.toBe('');
    for (const b of m.blocks) {
      for (const t of texts(b)) {
        expect(t.length).toBeLessThanOrEqual(b.type === 'header' ? SLACK_LIMITS.headerText : SLACK_LIMITS.sectionText);
        expect(t.trim()).not.toBe('');
      }
    }
  }
}

describe('escapeMrkdwn', () => {
  it('escapes exactly & < >', () => {
    expect(escapeMrkdwn('a & b <@U123> > c *bold*')).toBe('a &amp; b &lt;@U123&gt; &gt; c *bold*');
  });
});

describe('splitForLimit', () => {
  it('keeps short text whole', () => {
    expect(splitForLimit('hello world', 100)).toEqual(['hello world']);
  });

  it('prefers line breaks, then spaces, and loses no words', () => {
    const t = Array.from({ length: 50 }, (_, i) => `line ${i} ${'x'.repeat(30)}`).join('\n');
    const parts = splitForLimit(t, 200);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(escapeMrkdwn(p).length).toBeLessThanOrEqual(200);
    expect(parts.join('\n')).toBe(t);
    for (const p of parts) expect(p.endsWith('x')).toBe(true); // cut at the newline, not mid-word
  });

  it('counts escaped length, so a text full of & still fits', () => {
    const parts = splitForLimit('&'.repeat(1000), 100);
    for (const p of parts) expect(escapeMrkdwn(p).length).toBeLessThanOrEqual(100);
    expect(parts.join('')).toBe('&'.repeat(1000));
  });

  it('never cuts a surrogate pair', () => {
    const parts = splitForLimit('😀'.repeat(100), 7);
    for (const p of parts) expect(p).toMatch(/^(😀)+$/u);
  });
});

describe('renderSlack', () => {
  it('maps each block type to Block Kit, with a plain fallback', () => {
    const [m, ...rest] = renderSlack(
      reply('en', [heading('Summary'), text('Iran & Russia <deal>'), list(['one', 'two'], true), quote('We agree', 'Araghchi'), note('a note')]),
    );
    expect(rest).toEqual([]);
    expect(m!.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Summary', emoji: false } },
      { type: 'section', text: { type: 'mrkdwn', text: 'Iran &amp; Russia &lt;deal&gt;' } },
      { type: 'section', text: { type: 'mrkdwn', text: '1. one\n2. two' } },
      { type: 'section', text: { type: 'mrkdwn', text: '>We agree\n>— Araghchi' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'a note' }] },
    ]);
    expect(m!.text).toContain('== Summary ==');
    expect(m!.text).toContain('Iran &amp; Russia &lt;deal&gt;');
    expect(m!.text).toContain('“We agree” — Araghchi');
  });

  it('clips a header to 150 characters', () => {
    const [m] = renderSlack(reply('en', [heading('h'.repeat(400))]));
    const h = m!.blocks[0]!;
    expect(h.type).toBe('header');
    expect(texts(h)[0]!.length).toBe(SLACK_LIMITS.headerText);
    expect(texts(h)[0]!.endsWith('…')).toBe(true);
  });

  it('splits a long text into sections of at most 3000 characters, keeping all of it', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    const ms = renderSlack(reply('en', [text(words)]));
    expectWithinLimits(ms);
    const shown = ms.flatMap((m) => m.blocks.flatMap(texts)).join(' ');
    expect(shown.split(/\s+/)).toEqual(words.split(' '));
  });

  it('splits into several messages past 50 blocks', () => {
    const blocks = Array.from({ length: 120 }, (_, i) => text(`point ${i}`));
    const ms = renderSlack(reply('en', blocks));
    expect(ms.length).toBe(3);
    expectWithinLimits(ms);
    expect(ms.flatMap((m) => m.blocks).length).toBe(120);
  });

  it('splits into several messages past ~12,000 characters, and each fallback stays a preview', () => {
    const items = Array.from({ length: 60 }, (_, i) => `${i} ${'ب'.repeat(900)}`);
    const ms = renderSlack(reply('ar', [heading('الملخص'), list(items)]));
    expect(ms.length).toBeGreaterThan(1);
    expectWithinLimits(ms);
    // Every item made it, in order.
    const shown = ms.flatMap((m) => m.blocks.flatMap(texts)).join('\n');
    let at = 0;
    for (let i = 0; i < items.length; i++) {
      const j = shown.indexOf(`• ${i} `, at);
      expect(j).toBeGreaterThanOrEqual(at);
      at = j;
    }
  });

  it('splits a huge list item and a huge quote', () => {
    const ms = renderSlack(reply('en', [list(['z'.repeat(7000)]), quote('q '.repeat(4000), 'someone')]));
    expectWithinLimits(ms);
    const sections = ms.flatMap((m) => m.blocks).filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThanOrEqual(6);
    for (const s of sections.slice(-3)) expect(texts(s)[0]!.startsWith('>')).toBe(true);
  });

  it('escapes article text everywhere but adds its own quote markers', () => {
    const [m] = renderSlack(reply('en', [quote('<script> & >x', '<b>')]));
    expect(texts(m!.blocks[0]!)[0]).toBe('>&lt;script&gt; &amp; &gt;x\n>— &lt;b&gt;');
  });

  it('renders an error reply and drops empty blocks; an empty reply is no message', () => {
    const ms = renderSlack(errorReply('en', 'Nope.', 'Try /mujaz help'));
    expect(ms).toHaveLength(1);
    expect(ms[0]!.blocks.map((b) => b.type)).toEqual(['section', 'context']);
    expect(renderSlack(reply('en', [text('  '), heading(''), list([])]))).toEqual([]);
  });
});
