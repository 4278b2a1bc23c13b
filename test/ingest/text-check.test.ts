import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertArticleText, checkArticleText, decodeText } from '../../src/ingest/text-check.ts';
import { codeOf } from '../helpers/web-fixtures.ts';

describe('decodeText', () => {
  it('decodes UTF-8 Arabic and strips nothing', () => {
    expect(decodeText(Buffer.from('قال الوزير إن الاتفاق مهم'))).toBe('قال الوزير إن الاتفاق مهم');
  });

  it('refuses NUL bytes, known binary signatures and invalid UTF-8', () => {
    expect(codeOf(() => decodeText(Buffer.from([0x41, 0x00, 0x42])))).toBe('binary');
    expect(codeOf(() => decodeText(Buffer.from('%PDF-1.7\nstuff')))).toBe('binary');
    expect(codeOf(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])))).toBe('binary');
    const junk = Buffer.alloc(2000);
    for (let i = 0; i < junk.length; i++) junk[i] = 0x80 + (i % 60);
    expect(codeOf(() => decodeText(junk))).toBe('binary');
  });

  it('honours a declared charset and UTF-16 with a BOM', () => {
    const latin1 = Buffer.from('caf\xe9 au lait', 'latin1');
    expect(decodeText(latin1, { contentType: 'text/plain; charset=iso-8859-1' })).toBe('café au lait');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('مرحبا', 'utf16le')]);
    expect(decodeText(utf16)).toContain('مرحبا');
    // Older Arabic sites still serve windows-1256, declared only in a meta tag.
    const head = Buffer.from('<html><head><meta charset="windows-1256"></head><body>');
    const meta = Buffer.concat([head, Buffer.from([0xe3, 0xd1, 0xcd, 0xc8, 0xc7]), Buffer.from('</body></html>')]);
    expect(decodeText(meta, { html: true })).toContain('مرحبا');
  });
});

describe('assertArticleText', () => {
  it('tells empty from too short from enough', () => {
    expect(codeOf(() => assertArticleText('   \n\t  ... 123'))).toBe('empty');
    expect(codeOf(() => assertArticleText('Short note.'))).toBe('too-short');
    expect(codeOf(() => assertArticleText('word '.repeat(40)))).toBeUndefined();
  });

  it('refuses system and data files that are not sentences of words', () => {
    const passwd = Array.from({ length: 30 }, (_, i) => `user${i}:x:${1000 + i}:${1000 + i}:User ${i}:/home/user${i}:/usr/sbin/nologin`).join('\n');
    expect(codeOf(() => assertArticleText(passwd))).toBe('not-prose');
    const code = 'export function add(a: number, b: number): number {\n  return a + b; // sum\n}\n'.repeat(10);
    expect(codeOf(() => assertArticleText(code))).toBe('not-prose');
    const json = JSON.stringify({ briefings: Array.from({ length: 20 }, (_, i) => ({ id: `b${i}`, title: 'news item title' })) });
    expect(codeOf(() => assertArticleText(json))).toBe('not-prose');
    const article = readFileSync(new URL('../../data/russia-iran-partnership.ar.txt', import.meta.url), 'utf8');
    expect(codeOf(() => assertArticleText(article))).toBeUndefined();
    // A pasted web article keeps a link or two and is still an article.
    expect(codeOf(() => assertArticleText(`${article}\nhttps://news.example/world/2018/06/12/story-title.html`))).toBeUndefined();
  });
});

describe('checkArticleText (large texts, in slices)', () => {
  const article = readFileSync(new URL('../../data/russia-iran-partnership.ar.txt', import.meta.url), 'utf8');
  const asyncCode = (t: string) => checkArticleText(t).then(() => undefined, (e: { code?: string }) => e.code);

  it('gives the same verdict as assertArticleText, across many slices', async () => {
    const passwd = Array.from({ length: 4000 }, (_, i) => `user${i}:x:${1000 + i}:${1000 + i}:User ${i}:/home/user${i}:/usr/sbin/nologin`).join('\n');
    const code = 'export function add(a: number, b: number): number {\n  return a + b; // sum\n}\n'.repeat(2000);
    const big = `${article}\n\n`.repeat(40);
    for (const t of ['', 'Short note.', passwd, code, big, article]) expect(await asyncCode(t)).toBe(codeOf(() => assertArticleText(t)));
    expect(await asyncCode(big)).toBeUndefined();
    expect(await asyncCode(passwd)).toBe('not-prose');
  });

  it('lets other work run while it checks a large text', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await checkArticleText(`${article}\n\n`.repeat(200));
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
});
