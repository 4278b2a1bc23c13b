/**
 * Joint36 (issue 11): a quote said together (قال X وY إن) shows on the card of each of its speakers,
 * reads "X and Y" in English and «X وY» in Arabic whatever the platform, and a briefing stored before
 * quotes had `speakerIds` still renders as it did. Hand-built briefings, constructed copy.
 */
import { describe, expect, it } from 'vitest';
import type { Briefing, Person } from '../../src/briefing/types.ts';
import { renderSlack } from '../../src/platforms/slack/render.ts';
import { renderHtml } from '../../src/platforms/telegram/render.ts';
import { reply } from '../../src/reply/model.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import { FreeText, personCard, statementBlock } from '../../src/views/briefing-views.ts';
import { alone, briefing, safadi, shoukry, together } from '../helpers/joint-briefing.ts';

const card = (b: Briefing, p: Person, lang: 'ar' | 'en') => renderPlain(reply(lang, personCard(b, p, lang)));

describe('/who card: a quote said together is on each speaker\'s card', () => {
  const b = briefing([together, alone]);

  it('both persons\' cards show it, as said by both (English)', () => {
    expect(card(b, shoukry, 'en')).toContain('Sameh Shoukry and Ayman Safadi said that a political solution is the only way');
    expect(card(b, safadi, 'en')).toContain('Sameh Shoukry and Ayman Safadi said that a political solution is the only way');
    // (the other's own quote stays on their card only)
    expect(card(b, safadi, 'en')).not.toContain('spare no effort');
    expect(card(b, shoukry, 'en')).toContain('spare no effort');
  });

  it('both persons\' cards show it in Arabic, with the names as written', () => {
    for (const p of [shoukry, safadi]) expect(card(b, p, 'ar')).toContain('بحسب شكري والصفدي، الحل السياسي هو السبيل الوحيد');
  });

  it('its sentence is not repeated under "in the article" on either card', () => {
    for (const p of [shoukry, safadi]) expect(card(b, p, 'ar')).not.toContain('وقال شكري والصفدي إن');
  });
});

describe('a briefing stored before speakerIds (no such field on its quotes)', () => {
  // What parser versions before 15 stored for the same article: the pair as written, no ids.
  const { speakerIds: _none, ...old } = together;
  const b = JSON.parse(JSON.stringify(briefing([old, alone]))) as Briefing;

  it('renders its quotes and cards as before: the pair as the speaker, the quote on no card', () => {
    expect(b.quotes[0]!.speakerIds).toBeUndefined();
    const ft = new FreeText('en');
    expect(renderPlain(reply('en', [statementBlock(b, b.quotes[0]!, 'en', ft)]))).toBe('Sameh Shoukry and Ayman Safadi said that a political solution is the only way');
    expect(card(b, safadi, 'en')).not.toContain('political solution');
    expect(card(b, shoukry, 'en')).toContain('spare no effort');
  });
});

describe('platform-neutral rendering of a quote said together', () => {
  const b = briefing([{ ...together, kind: 'direct' }]);
  const blocks = (lang: 'ar' | 'en') => [statementBlock(b, b.quotes[0]!, lang, new FreeText(lang))];
  const slackText = (lang: 'ar' | 'en') => renderSlack(reply(lang, blocks(lang))).map((m) => JSON.stringify(m)).join('\n');

  it('the attribution reads "X and Y" in English on every platform', () => {
    const r = reply('en', blocks('en'));
    expect(renderPlain(r)).toBe('“a political solution is the only way” — Sameh Shoukry and Ayman Safadi');
    expect(renderHtml(r)).toContain('Sameh Shoukry and Ayman Safadi');
    expect(slackText('en')).toContain('Sameh Shoukry and Ayman Safadi');
  });

  it('and «X وY» in Arabic on every platform', () => {
    const r = reply('ar', blocks('ar'));
    expect(renderPlain(r)).toBe('“الحل السياسي هو السبيل الوحيد” — شكري والصفدي');
    expect(renderHtml(r)).toContain('شكري والصفدي');
    expect(slackText('ar')).toContain('شكري والصفدي');
  });
});
