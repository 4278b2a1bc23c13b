/**
 * Input hygiene for chat text: control characters and bidi overrides/embeddings can make a
 * reply render misleadingly (or hide text), so they are removed before anything else.
 */

// C0/C1 controls except tab and newline; bidi embeddings/overrides/isolates (LRE..RLO, LRI..PDI);
// zero-width no-break space (BOM).
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function sanitizeInput(s: string): string {
  return s.replace(UNSAFE, '').replace(/\r\n?/g, '\n');
}

/** Collapse whitespace runs for one-line arguments (names, commands). */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
