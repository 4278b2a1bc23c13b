/**
 * What a message that names the bot asks for. In "hey @bot who is araghchi?" the request is
 * what follows the mention, and what comes before it a greeting; with nothing but punctuation
 * after it ("summary please @bot"), the text before the mention is the request. A command typed
 * before the mention ("/who @bot araghchi") keeps the whole text.
 */
export function requestAround(before: string, after: string): string {
  const rest = after.replace(/^[\s,:;.!?،؛\-–—]+/u, '').trim();
  const head = before.trim();
  if (!head.startsWith('/') && /[\p{L}\p{N}]/u.test(rest)) return rest;
  return `${head} ${after.trim()}`.trim();
}
