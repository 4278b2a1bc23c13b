import type { CommandSpec } from '../src/core/command.ts';
import { tr } from '../src/core/i18n.ts';
import { IngestError } from '../src/ingest/errors.ts';
import { HTML_EXT, TEXT_EXT, type ItemResult } from '../src/ingest/ingest.ts';
import { ingesterFor } from '../src/ingest/service.ts';
import { numberOf, resultLine } from '../src/ingest/views.ts';
import { errorReply, note, reply, text } from '../src/reply/model.ts';
import { extname } from 'node:path';

const S = {
  usage: {
    ar: 'أرسل بعد ‎/ingest‎ نص المقال كله في رسالة واحدة، أو رابطه، أو أرفق ملف ‎.txt‎ أو ‎.html‎.',
    en: 'After /ingest, paste the whole article in the same message, give its link, or attach a .txt or .html file.',
  },
  next: {
    ar: 'صار الموجز الحالي في هذه المحادثة (#{n})؛ اكتب ‎/summary‎ لقراءته. المحادثات الأخرى تبقى على موجزها.',
    en: 'It is now this chat’s briefing (#{n}): send /summary to read it. Other chats keep theirs.',
  },
  tooMany: { ar: 'أعالج أول {max} مرفقات فقط.', en: 'Only the first {max} attachments are read.' },
};

const MAX_ATTACHMENTS = 5;

export const ingest: CommandSpec = {
  name: 'ingest',
  group: 'admin',
  description: { ar: 'إضافة مقال: نص أو رابط أو ملف مرفق (للمشرفين)', en: 'Add an article: pasted text, a link or an attached file (admins)' },
  brief: { ar: 'إضافة مقال (نص أو رابط أو ملف)', en: 'add an article (text, link or file)' },
  args: [{ name: 'text|URL', description: { ar: 'نص المقال أو رابطه', en: 'the article text or its link' } }],
  access: 'admin',
  run: async ({ args, lang, msg, services, chatKey }) => {
    const ingester = ingesterFor(services);
    const files = msg.attachments ?? [];
    const results: ItemResult[] = [];
    const notes: string[] = [];
    if (files.length) {
      if (files.length > MAX_ATTACHMENTS) notes.push(tr(lang, S.tooMany, { max: MAX_ATTACHMENTS }));
      for (const f of files.slice(0, MAX_ATTACHMENTS)) {
        const ext = extname(f.name).toLowerCase();
        const okType = TEXT_EXT.has(ext) || HTML_EXT.has(ext) || /^text\/(plain|html)/i.test(f.mime ?? '');
        if (!okType) {
          results.push({ source: f.name, status: 'failed', error: new IngestError('unsupported-file', ext || f.mime || '?') });
          continue;
        }
        if (f.size !== undefined && f.size > ingester.fetchOptions.maxBytes) {
          results.push({ source: f.name, status: 'failed', error: new IngestError('too-large', `${f.size} bytes`) });
          continue;
        }
        let buf: Buffer;
        try {
          buf = await f.fetch();
        } catch (e) {
          results.push({ source: f.name, status: 'failed', error: new IngestError('unreadable', (e as Error).message) });
          continue;
        }
        results.push(await ingester.fromBytes(buf, f.name, { file: f.name }, f.mime));
      }
    }
    const body = args.trim();
    if (/^https?:\/\/\S+$/i.test(body)) results.push(await ingester.fromUrl(body));
    else if (body) results.push(await ingester.fromText(body, {}, lang === 'ar' ? 'النص الملصق' : 'the pasted text'));
    if (!results.length) return errorReply(lang, tr(lang, S.usage));

    const lines = await Promise.all(results.map((r) => resultLine(r, lang, services.library)));
    const ok = results.find((r) => r.status !== 'failed');
    const blocks = lines.map((l) => text(l));
    if (ok?.briefing) {
      // The article is now this chat's briefing (and only this chat's: others keep theirs).
      await services.chats.setChat(chatKey, { currentBriefingId: ok.briefing.id });
      blocks.push(note(tr(lang, S.next, { n: await numberOf(services.library, ok.briefing.id) })));
    }
    for (const n of notes) blocks.push(note(n));
    return reply(lang, blocks, ok ? {} : { error: true });
  },
};
