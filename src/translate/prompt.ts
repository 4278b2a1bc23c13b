/**
 * What mujaz asks the model and what it accepts back. The request numbers the texts; the reply
 * must give each number its translation (and, when asked, the summary) as one JSON object.
 * Anything else is rejected by the schema rather than shown to users.
 */
import { z } from 'zod';
import type { Lang } from '../briefing/types.ts';
import type { ChatMessage } from './provider.ts';

const NAMES: Record<Lang, string> = { ar: 'Arabic', en: 'English' };

const SYSTEM = `You translate news articles between Arabic and English for a news briefing service.
Translate faithfully: keep the meaning, the attribution and the tone; add nothing, explain nothing, leave out nothing.
Write names the way major English-language (or Arabic-language) news outlets write them.
Answer with one JSON object only, no prose, of this shape:
{"translations": [{"id": "<id of the text>", "text": "<its translation>"}],
 "summary": {"ar": ["3 to 5 short points in Arabic"], "en": ["the same 3 to 5 points in English"]}}
Give "summary" only when the request contains "article"; summarise that article in your own words, most important point first.`;

export function buildMessages(from: Lang, to: Lang, texts: string[], article: string | null): ChatMessage[] {
  const request: Record<string, unknown> = {
    from: NAMES[from],
    to: NAMES[to],
    texts: texts.map((text, i) => ({ id: String(i + 1), text })),
  };
  if (article) request.article = article;
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: JSON.stringify(request) },
  ];
}

const points = z
  .array(z.string().trim().min(1).max(1000))
  .min(1)
  .transform((a) => a.slice(0, 5));

export const replySchema = z.object({
  translations: z
    .array(z.object({ id: z.union([z.string(), z.number()]).transform(String), text: z.string().trim().min(1).max(20_000) }))
    .default([]),
  summary: z.object({ ar: points, en: points }).optional(),
});

export type ProviderReply = z.infer<typeof replySchema>;
