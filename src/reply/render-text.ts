/**
 * Plain-text rendering (console, CLI, and the plain `text` fallback other platforms need).
 */
import type { Block, Reply } from './model.ts';

function renderBlock(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `== ${b.text} ==`;
    case 'text':
      return b.text;
    case 'note':
      return `(${b.text})`;
    case 'list':
      return b.items.map((it, i) => (b.ordered ? `${i + 1}. ${it}` : `• ${it}`)).join('\n');
    case 'quote':
      return b.attribution ? `“${b.text}” — ${b.attribution}` : `“${b.text}”`;
  }
}

export function renderPlain(r: Reply): string {
  return r.blocks.map(renderBlock).join('\n');
}
