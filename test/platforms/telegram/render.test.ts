import { describe, expect, it } from 'vitest';
import { heading, list, note, quote, reply, text } from '../../../src/reply/model.ts';
import { escapeHtml, renderHtml, renderMessages, RLM, splitHtml, TELEGRAM_MAX_CHARS } from '../../../src/platforms/telegram/render.ts';
import { parseTelegramHtml } from '../../helpers/fake-telegram.ts';

function visible(html: string): string {
  const r = parseTelegramHtml(html);
  if ('error' in r) throw new Error(`${r.error}\n${html.slice(0, 300)}`);
  return r.text;
}

describe('escapeHtml', () => {
  it('escapes the three characters Telegram HTML reserves', () => {
    expect(escapeHtml('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('renderHtml', () => {
  it('renders every block kind as valid Telegram HTML', () => {
    const html = renderHtml(
      reply('en', [
        heading('Who <is> "this"'),
        text('Tom & Jerry <script>'),
        list(['one', 'two <b>']),
        list(['first', 'second'], true),
        quote('We are <partners>', 'Putin & co'),
        note('machine translated'),
      ]),
    );
    expect(html).toContain('<b>Who &lt;is&gt; "this"</b>');
    expect(html).toContain('Tom &amp; Jerry &lt;script&gt;');
    expect(html).toContain('• one\n• two &lt;b&gt;');
    expect(html).toContain('1. first\n2. second');
    expect(html).toContain('<blockquote>“We are &lt;partners&gt;”\n— <i>Putin &amp; co</i></blockquote>');
    expect(html).toContain('<i>machine translated</i>');
    const v = visible(html);
    expect(v).toContain('Tom & Jerry <script>');
    expect(v).toContain('Putin & co');
  });

  it('leaves a blank line before headings after the first', () => {
    const html = renderHtml(reply('en', [heading('A'), text('x'), heading('B'), text('y')]));
    expect(html).toBe('<b>A</b>\nx\n\n<b>B</b>\ny');
  });

  it('keeps Arabic lines right-to-left when they start with a Latin name', () => {
    const html = renderHtml(reply('ar', [heading('Abbas Araghchi'), text('وزير الخارجية'), list(['Putin قال', 'بوتين']), quote('نص', 'Lavrov')]));
    const lines = html.split('\n');
    expect(lines[0]).toBe(`${RLM}<b>Abbas Araghchi</b>`);
    expect(lines[1]).toBe('وزير الخارجية');
    expect(lines[2]).toBe(`${RLM}• Putin قال`);
    expect(lines[3]).toBe('• بوتين');
    // The attribution line inside the blockquote starts with a dash then a Latin name.
    expect(lines.at(-1)).toBe(`${RLM}— <i>Lavrov</i></blockquote>`);
  });

  it('does not add marks to English replies', () => {
    expect(renderHtml(reply('en', [text('عراقجي said')]))).toBe('عراقجي said');
  });
});

describe('splitHtml / renderMessages', () => {
  it('returns one message when the reply fits', () => {
    expect(renderMessages(reply('en', [text('short')]))).toEqual(['short']);
    expect(renderMessages(reply('en', []))).toEqual([]);
  });

  it('splits a long reply into valid messages under the limit, keeping every word whole', () => {
    const items = Array.from({ length: 300 }, (_, i) => `point ${i} about Tom & Jerry <and> friends`);
    const r = reply('en', [heading('Long'), list(items), quote('x '.repeat(1500), 'Someone')]);
    const msgs = renderMessages(r);
    expect(msgs.length).toBeGreaterThan(2);
    const words = new Set(renderHtml(r).replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean));
    for (const m of msgs) {
      expect(m.length).toBeLessThanOrEqual(TELEGRAM_MAX_CHARS);
      const v = visible(m); // throws on a broken tag or entity
      for (const w of v.split(/\s+/).filter(Boolean)) {
        // Every word in a message is a whole word of the original (after entity decoding).
        expect(words.has(escapeHtml(w)) || words.has(w)).toBe(true);
      }
    }
    // Nothing lost: the visible text of all parts equals the original's, modulo whitespace.
    const joined = msgs.map(visible).join(' ').replace(/\s+/g, ' ').trim();
    expect(joined).toBe(visible(renderHtml(r)).replace(/\s+/g, ' ').trim());
  });

  it('reopens tags cut by a split (a long blockquote stays a blockquote)', () => {
    const long = Array.from({ length: 900 }, (_, i) => `w${i}`).join(' ');
    const msgs = renderMessages(reply('en', [quote(long, 'Lavrov')]), 1000);
    expect(msgs.length).toBeGreaterThan(4);
    for (const m of msgs) {
      expect(m.length).toBeLessThanOrEqual(1000);
      expect(m.startsWith('<blockquote>')).toBe(true);
      expect(m.endsWith('</blockquote>')).toBe(true);
      visible(m);
    }
  });

  it('never cuts inside an entity', () => {
    const html = Array.from({ length: 400 }, () => '&amp;&lt;&gt;').join(' ');
    for (const m of splitHtml(html, 97)) {
      expect(m.length).toBeLessThanOrEqual(97);
      visible(m);
    }
  });

  it('prefers cutting at a line break', () => {
    const html = `${'a '.repeat(30).trim()}\n${'b '.repeat(30).trim()}`;
    const msgs = splitHtml(html, 100);
    expect(msgs[0]).toBe('a '.repeat(30).trim());
    expect(msgs[1]).toBe('b '.repeat(30).trim());
  });

  it('cuts a single overlong word (10,000 letters) rather than failing', () => {
    const word = 'x'.repeat(10_000);
    const msgs = renderMessages(reply('en', [text(`Unknown: ${word}`)]));
    expect(msgs.length).toBeGreaterThanOrEqual(3);
    for (const m of msgs) expect(m.length).toBeLessThanOrEqual(TELEGRAM_MAX_CHARS);
    expect(msgs.join('').replace(/[^x]/g, '').length).toBe(10_000);
  });

  it('never splits a surrogate pair', () => {
    const word = '😀'.repeat(3000);
    for (const m of splitHtml(word, 101)) {
      expect(m.length).toBeLessThanOrEqual(101);
      expect(/[\uD800-\uDBFF]$/.test(m)).toBe(false);
      expect(/^[\uDC00-\uDFFF]/.test(m)).toBe(false);
    }
  });

  it('starts every continuation of an Arabic reply right-to-left', () => {
    const r = reply('ar', [text(Array.from({ length: 800 }, () => 'Putin بوتين').join(' '))]);
    const msgs = renderMessages(r, 500);
    expect(msgs.length).toBeGreaterThan(5);
    for (const m of msgs.slice(1)) expect(m.startsWith(RLM)).toBe(true);
  });

  it('never doubles the RLM where a continuation starts on a line that already has one', () => {
    // Lines starting in Latin script get an RLM of their own; a cut before such a line must not add another.
    const items = Array.from({ length: 120 }, (_, i) => `Putin ${i} قال إن الشراكة مستمرة`);
    const msgs = renderMessages(reply('ar', [list(items)]), 400);
    expect(msgs.length).toBeGreaterThan(5);
    for (const m of msgs) expect(m.replace(/<[^>]*>/g, '').startsWith(RLM + RLM)).toBe(false);
    for (const m of msgs.slice(1)) expect(m.startsWith(RLM)).toBe(true);
  });
});
