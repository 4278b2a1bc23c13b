/**
 * Turns the console's stream of lines into chat messages. A terminal delivers a pasted article
 * one line at a time, so without this `/ingest` would take only the headline and every other
 * line would come back as "I didn't understand that". Three ways keep an article whole:
 *
 * - `/ingest` alone opens paste mode: every line is the article until a line with only ".",
 *   two empty lines in a row, or the end of input (Ctrl-D); `/cancel` drops it.
 * - a bracketed paste (the terminal wraps it in ESC[200~ … ESC[201~) is one message whatever
 *   it holds, empty lines and "." included;
 * - after `/ingest TEXT`, lines that arrive within GATHER_MS of each other (a paste in a terminal
 *   without bracketed paste, or piped input) belong to the same article. A line that is a
 *   command ends the gathering, so piped `/ingest …` followed by `/summary` stays two messages.
 */

export const PASTE_START = '\u001b[200~';
export const PASTE_END = '\u001b[201~';
/** A human types a line in far more than this; a paste delivers its lines within a few ms. */
export const GATHER_MS = 40;

export type ConsoleEvent =
  | { kind: 'message'; text: string }
  /** Paste mode opened by `/ingest` alone: the console says how to end it. */
  | { kind: 'paste-mode' }
  /** Paste mode ended with nothing pasted, or was cancelled with /cancel. */
  | { kind: 'paste-empty' };

const INGEST_ALONE = /^\/ingest(?:@\w+)?$/i;
const INGEST_WITH_TEXT = /^\/ingest(?:@\w+)?\s+\S/i;
const COMMAND = /^\/[A-Za-z_]/;

type Mode =
  | { kind: 'idle' }
  | { kind: 'gather'; lines: string[] }
  | { kind: 'paste-mode'; lines: string[]; blanks: number };

export class LineAssembler {
  private mode: Mode = { kind: 'idle' };
  /** Lines of an open bracketed paste (they join the message being built, or form one). */
  private bracket: string[] | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** A terminal ended the paste in the middle of a line: that line, once entered, closes it. */
  private closeOnNextLine = false;

  constructor(private readonly emit: (e: ConsoleEvent) => void) {}

  /** In paste mode (the prompt can say so). */
  get pasting(): boolean {
    return this.mode.kind === 'paste-mode' || this.bracket !== null;
  }

  /** A terminal reported the start of a bracketed paste (readline keypress "paste-start"). */
  pasteStart(): void {
    if (this.bracket === null) this.bracket = [];
    this.stopTimer();
  }

  /**
   * The bracketed paste is over: it is one message (or part of the one paste mode is collecting).
   * `lineOpen`: the terminal still holds the paste's last line unentered (readline's `rl.line`);
   * the paste then ends when that line is entered.
   */
  pasteEnd(lineOpen = false): void {
    if (lineOpen && this.bracket !== null) {
      this.closeOnNextLine = true;
      return;
    }
    this.closeOnNextLine = false;
    const lines = this.bracket;
    this.bracket = null;
    if (lines === null) return;
    const m = this.mode;
    if (m.kind === 'paste-mode') {
      m.lines.push(...lines);
      m.blanks = 0;
      return;
    }
    if (m.kind === 'gather') {
      m.lines.push(...lines);
      this.flushGather();
      return;
    }
    if (lines.length === 1 && INGEST_ALONE.test(lines[0]!.trim())) return this.openPasteMode();
    const text = lines.join('\n');
    if (text.trim()) this.emit({ kind: 'message', text });
  }

  /** One line from readline. Bracketed-paste markers inside it (piped input, no terminal) are honoured. */
  line(raw: string): void {
    let s = raw;
    const start = s.indexOf(PASTE_START);
    if (start >= 0) {
      // Text typed before the paste ("/ingest ") and the paste's first line are one line.
      s = s.slice(0, start) + s.slice(start + PASTE_START.length);
      this.pasteStart();
    }
    const end = s.indexOf(PASTE_END);
    if ((end >= 0 || this.closeOnNextLine) && this.bracket !== null) {
      if (end >= 0) s = s.slice(0, end) + s.slice(end + PASTE_END.length);
      this.bracket.push(s);
      this.pasteEnd();
      return;
    }
    if (this.bracket !== null) {
      this.bracket.push(s);
      return;
    }
    this.plainLine(s);
  }

  /** End of input (Ctrl-D): whatever is being collected is sent. */
  end(): void {
    if (this.bracket !== null) this.pasteEnd();
    const m = this.mode;
    if (m.kind === 'gather') this.flushGather();
    else if (m.kind === 'paste-mode') this.closePasteMode();
  }

  private plainLine(s: string): void {
    const m = this.mode;
    const t = s.trim();
    if (m.kind === 'paste-mode') {
      if (t === '.') return this.closePasteMode();
      if (t === '/cancel') {
        this.mode = { kind: 'idle' };
        return this.emit({ kind: 'paste-empty' });
      }
      if (!t) {
        m.blanks++;
        if (m.blanks >= 2) return this.closePasteMode();
        m.lines.push(s);
        return;
      }
      m.blanks = 0;
      m.lines.push(s);
      return;
    }
    if (m.kind === 'gather') {
      if (COMMAND.test(t)) {
        this.flushGather();
        return this.plainLine(s);
      }
      m.lines.push(s);
      this.startTimer();
      return;
    }
    if (INGEST_ALONE.test(t)) return this.openPasteMode();
    if (INGEST_WITH_TEXT.test(t)) {
      this.mode = { kind: 'gather', lines: [s] };
      this.startTimer();
      return;
    }
    if (t) this.emit({ kind: 'message', text: s });
  }

  private openPasteMode(): void {
    this.mode = { kind: 'paste-mode', lines: [], blanks: 0 };
    this.emit({ kind: 'paste-mode' });
  }

  private closePasteMode(): void {
    const m = this.mode;
    if (m.kind !== 'paste-mode') return;
    this.mode = { kind: 'idle' };
    const body = m.lines.join('\n').trim();
    this.emit(body ? { kind: 'message', text: `/ingest\n${body}` } : { kind: 'paste-empty' });
  }

  private flushGather(): void {
    this.stopTimer();
    const m = this.mode;
    if (m.kind !== 'gather') return;
    this.mode = { kind: 'idle' };
    this.emit({ kind: 'message', text: m.lines.join('\n').trimEnd() });
  }

  private startTimer(): void {
    this.stopTimer();
    this.timer = setTimeout(() => this.flushGather(), GATHER_MS);
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
