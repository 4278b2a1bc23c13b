import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract.ts';
import { codeOf, fx } from '../helpers/web-fixtures.ts';

describe('extractArticle', () => {
  it('reads an English page: body without navigation, metadata from meta tags', () => {
    const x = extractArticle(fx('article-en.html'));
    expect(x.title).toBe('Port workers end strike after wage deal');
    expect(x.outlet).toBe('Harbour Courier');
    expect(x.author).toBe('Mira Hallgren');
    expect(x.publishedAt).toBe('2025-03-14T08:30:00.000Z');
    expect(x.text.startsWith('Port workers end strike after wage deal\n')).toBe(true);
    expect(x.text).toContain('union leader Tomas Brekke');
    expect(x.text).not.toContain('Business');
    expect(x.text).not.toContain('analytics');
    expect(x.text).not.toMatch(/^By Mira/m);
    // Paragraphs stay separate, so sentences do not run together.
    expect(x.text.split('\n\n').length).toBeGreaterThanOrEqual(5);
  });

  it('reads an Arabic page with JSON-LD metadata', () => {
    const x = extractArticle(fx('article-ar.html'));
    expect(x.title).toBe('افتتاح محطة تحلية جديدة في مدينة الرمال');
    expect(x.outlet).toBe('صحيفة الساحل');
    expect(x.author).toBe('ليلى منصور');
    expect(x.publishedAt).toBe('2025-05-20T06:00:00.000Z');
    expect(x.lang).toBe('ar');
    expect(x.text).toContain('سليم الحداد');
    expect(x.text).not.toContain('الخصوصية');
  });

  it('refuses a page of links and an empty page', () => {
    expect(codeOf(() => extractArticle(fx('nav-only.html')))).toBe('no-article');
    expect(codeOf(() => extractArticle(fx('empty.html')))).toBe('empty');
    expect(codeOf(() => extractArticle(''))).toBe('empty');
  });
});
