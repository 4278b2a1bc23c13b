/**
 * The console adapter: a local chat on stdin/stdout. It is the embedded default when no
 * platform token is set, and the reference adapter: normalise the line, hand it to the core,
 * render the reply as plain text.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Dispatcher } from '../../core/dispatch.ts';
import { tr } from '../../core/i18n.ts';
import type { IncomingMessage } from '../../core/message.ts';
import { renderPlain } from '../../reply/render-text.ts';

export const CONSOLE_CHAT = 'local';

const S = {
  hello: {
    ar: 'أهلًا! أنا موجز. اكتب ‎/help‎ لقائمة الأوامر، و‎/quit‎ (أو Ctrl-D) للخروج.',
    en: 'Hello! I am mujaz (موجز), your news briefing bot. Type /help for the commands, /quit (or Ctrl-D) to leave.',
  },
  bye: { ar: 'مع السلامة.', en: 'Bye.' },
};

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
  const rl = createInterface({ input, output: opts.prompt ? output : undefined, terminal: Boolean(opts.prompt) });
  const lang = () => dispatcher.langFor(consoleMessage(''));
  const write = (s: string) => output.write(`${s}\n`);
  write(tr(lang(), S.hello));
  if (opts.prompt) rl.setPrompt('> ');
  if (opts.prompt) rl.prompt();
  // Lines are handled one at a time, in order, even when a reply takes a while.
  for await (const line of rl) {
    const t = line.trim();
    if (t === '/quit' || t === '/exit' || t === 'خروج') break;
    if (t) {
      try {
        const r = await dispatcher.handle(consoleMessage(line));
        if (r) write(renderPlain(r));
      } catch (e) {
        write(tr(lang(), { ar: 'عذرًا، حدث خطأ: {m}', en: 'Sorry, something went wrong: {m}' }, { m: (e as Error).message }));
      }
    }
    if (opts.prompt) rl.prompt();
  }
  write(tr(lang(), S.bye));
  rl.close();
}
