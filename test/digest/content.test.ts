import { describe, expect, it } from 'vitest';
import { digestReply, MAX_BRIEFINGS, MAX_DIGEST_CHARS, newBriefings, selectDigest } from '../../src/digest/content.ts';
import { renderSlack } from '../../src/platforms/slack/render.ts';
import { renderMessages } from '../../src/platforms/telegram/render.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import { makeBriefing } from './fixtures/briefings.ts';

const at = new Date('2026-06-10T08:00:00Z');

describe('digest content', () => {
  const all = [
    makeBriefing('old', '2026-06-08T08:00:00Z'),
    makeBriefing('y', '2026-06-09T12:00:00Z'),
    makeBriefing('t', '2026-06-10T07:00:00Z'),
    makeBriefing('future', '2026-06-10T09:00:00Z'),
  ];

  it('takes what was ingested after the cursor and up to now, newest first', () => {
    expect(newBriefings(all, '2026-06-09T12:00:00Z', at).map((b) => b.id)).toEqual(['t']);
    expect(newBriefings(all, '2026-06-01T00:00:00Z', at).map((b) => b.id)).toEqual(['t', 'y', 'old']);
  });

  it('before the first digest, looks back one day', () => {
    expect(newBriefings(all, undefined, at).map((b) => b.id)).toEqual(['t', 'y']);
  });

  it('nothing new: nothing, unless always (then the latest, flagged)', () => {
    expect(selectDigest(all, '2026-06-10T07:30:00Z', at, { always: false, latest: all[2] })).toBeNull();
    expect(selectDigest(all, '2026-06-10T07:30:00Z', at, { always: true, latest: all[2] })).toEqual({ briefings: [all[2]], fallback: true });
    expect(selectDigest([], undefined, at, { always: true, latest: undefined })).toBeNull();
  });

  it('shows a title and three points per briefing, counts the rest beyond the cap', () => {
    const many = Array.from({ length: MAX_BRIEFINGS + 2 }, (_, i) => makeBriefing(`m${i}`, '2026-06-10T07:00:00Z'));
    const text = renderPlain(digestReply({ briefings: many, fallback: false }, 'en', '2026-06-10'));
    expect(text).toContain('Your daily digest — 2026-06-10');
    expect(text).toContain('Title m0');
    expect(text).toContain('Third point m0');
    expect(text).not.toContain('Fourth point m0');
    expect(text).not.toContain(`Title m${MAX_BRIEFINGS}`);
    expect(text).toContain('and 2 more');
    expect(text).toMatch(/\/who NAME.*\/precedents/);
  });

  it('keeps a digest of long briefings to one Telegram message, counting what does not fit', () => {
    const long = (id: string) => {
      const b = makeBriefing(id, '2026-06-10T07:00:00Z');
      b.summary.en = [1, 2, 3].map((k) => `Point ${k} of ${id}: ${'word '.repeat(80)}`);
      b.summary.ar = [1, 2, 3].map((k) => `النقطة ${k} من ${id}: ${'كلمة '.repeat(80)}`);
      return b;
    };
    const r = digestReply({ briefings: ['a', 'b', 'c', 'd', 'e'].map(long), fallback: false }, 'en', '2026-06-10');
    const text = renderPlain(r);
    expect(text.length).toBeLessThanOrEqual(MAX_DIGEST_CHARS);
    expect(text).toContain('Title a');
    expect(text).toMatch(/and \d more/);
    expect(renderMessages(r)).toHaveLength(1);
    expect(renderSlack(r)).toHaveLength(1);
    const ar = digestReply({ briefings: ['a', 'b', 'c', 'd', 'e'].map(long), fallback: false }, 'ar', '2026-06-10');
    expect(renderPlain(ar)).toMatch(/النقطة 3 من a/);
    expect(renderMessages(ar)).toHaveLength(1);
    // One briefing always shows, however long.
    expect(renderPlain(digestReply({ briefings: [long('z')], fallback: false }, 'en', '2026-06-10'))).toContain('Point 3 of z');
  });

  it('marks untranslated text once, and uses the platform’s command prefix in the hint', () => {
    const text = renderPlain(digestReply({ briefings: [makeBriefing('a', '2026-06-10T07:00:00Z', { en: false })], fallback: false }, 'en', '2026-06-10', { commandPrefix: '/mujaz ' }));
    expect(text).toContain('عنوان a');
    expect(text).toContain('النقطة الأولى a');
    expect(text.match(/Arabic original, not yet translated/g)).toHaveLength(1);
    expect(text).toContain('/mujaz who');
  });
});
