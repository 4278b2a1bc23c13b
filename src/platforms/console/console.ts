/**
 * The console adapter: a local chat on stdin/stdout. It is the embedded default when no
 * platform token is set, and the reference adapter: normalise the line, hand it to the core,
 * render the reply as plain text. Lines become messages through the LineAssembler, so a
 * pasted article reaches /ingest whole.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Dispatcher } from '../../core/dispatch.ts';
import { tr } from '../../core/i18n.ts';
import type { IncomingMessage } from '../../core/message.ts';
import { renderPlain } from '../../reply/render-text.ts';
import { LineAssembler, type ConsoleEvent } from './paste.ts';

export const CONSOLE_CHAT = 'local';

const S = {
  hello: {
    ar: 'أهلًا! أنا موجز. اكتب ‎/help‎ لقائمة الأوامر، و‎/quit‎ (أو Ctrl-D) للخروج.',
    en: 'Hello! I am mujaz (موجز), your news briefing bot. Type /help for the commands, /quit (or Ctrl-D) to leave.',
  },
  bye: { ar: 'مع السلامة.', en: 'Bye.' },
  pasteMode: {
    ar: 'الصق نص المقال الآن. للإنهاء: سطر فيه «.» وحده، أو سطران فارغان، أو Ctrl-D؛ وللإلغاء ‎/cancel‎.',
    en: 'Paste the article now. End it with a line holding only “.”, two empty lines, or Ctrl-D (/cancel drops it).',
  },
  pasteEmpty: { ar: 'لم يُلصق شيء، لم يُضف مقال.', en: 'Nothing was pasted; no article added.' },
  failed: { ar: 'عذرًا، حدث خطأ: {m}', en: 'Sorry, something went wrong: {m}' },
};

const QUIT = new Set(['/quit', '/exit', 'خروج']);

export function consoleMessage(text: string): IncomingMessage {
  return { platform: 'console', chatId: CONSOLE_CHAT, userId: CONSOLE_CHAT, text, chatType: 'private', addressed: true };
}

export interface ConsoleOptions {
  input?: Readable;
  output?: Writable;
  /** Show a prompt (interactive terminal). */
  prompt?: boolean;
}

/** Runs the chat until end of input or /quit; resolves when the chat is over. */
export async function runConsole(dispatcher: Dispatcher, opts: ConsoleOptions = {}): Promise<void> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const terminal = Boolean(opts.prompt);
  const rl = createInterface({ input, output: terminal ? output : undefined, terminal });
  const lang = () => dispatcher.langFor(consoleMessage(''));
  const write = (s: string) => output.write(`${s}\n`);
  // Ask the terminal to mark pastes (ESC[200~ … ESC[201~); readline reports them as keypresses.
  if (terminal) output.write('\u001b[?2004h');

  const queue: ConsoleEvent[] = [];
  let wake: (() => void) | undefined;
  let closed = false;
  const assembler = new LineAssembler((e) => {
    queue.push(e);
    wake?.();
  });
  const prompt = () => {
    if (!terminal || closed) return;
    rl.setPrompt(assembler.pasting ? '… ' : '> ');
    rl.prompt();
  };
  let busy = false;
  rl.on('line', (l) => {
    assembler.line(l);
    // A line that made no message yet (an empty line, a line of a paste) still gets its prompt.
    if (!busy && !queue.length) prompt();
  });
  if (terminal) {
    input.on('keypress', (_s: unknown, key: { name?: string } | undefined) => {
      if (key?.name === 'paste-start') assembler.pasteStart();
      else if (key?.name === 'paste-end') assembler.pasteEnd(rl.line.length > 0);
    });
  }
  rl.on('close', () => {
    assembler.end();
    closed = true;
    wake?.();
  });

  write(tr(lang(), S.hello));
  prompt();
  // Messages are handled one at a time, in order, even when a reply takes a while.
  for (;;) {
    const e = queue.shift();
    if (!e) {
      if (closed) break;
      await new Promise<void>((r) => (wake = r));
      wake = undefined;
      continue;
    }
    busy = true;
    if (e.kind === 'paste-mode') write(tr(lang(), S.pasteMode));
    else if (e.kind === 'paste-empty') write(tr(lang(), S.pasteEmpty));
    else {
      if (QUIT.has(e.text.trim())) break;
      try {
        const r = await dispatcher.handle(consoleMessage(e.text));
        if (r) write(renderPlain(r));
      } catch (err) {
        write(tr(lang(), S.failed, { m: (err as Error).message }));
      }
    }
    busy = false;
    if (!queue.length) prompt();
  }
  write(tr(lang(), S.bye));
  if (terminal) output.write('\u001b[?2004l');
  rl.close();
}
