/**
 * Secrets out of anything logged. Error bodies of third parties (a translation provider, a proxy in
 * front of it) may quote the credential we sent, so every log line passes through here: known
 * token shapes are masked, and so is every configured secret value registered at start-up.
 */
const SHAPES: RegExp[] = [
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, // Authorization header values
  /\bsk-[A-Za-z0-9_-]{8,}/g, // OpenAI-style API keys
  /\bxox[abeprs]-[A-Za-z0-9-]{8,}/g, // Slack bot/user tokens
  /\bxapp-[A-Za-z0-9-]{8,}/g, // Slack app-level tokens
  /(?<![0-9])\d{6,12}:[A-Za-z0-9_-]{30,}/g, // Telegram bot tokens (also inside api.telegram.org/bot… URLs)
];

const registered = new Set<string>();

/** Values (tokens, signing secrets, database passwords) to mask wherever they appear. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 6) registered.add(value);
}

export function redact(text: string): string {
  let out = text;
  for (const s of registered) out = out.split(s).join('«redacted»');
  for (const re of SHAPES) out = out.replace(re, (m) => (/^(bearer|basic)\s/i.test(m) ? `${m.split(/\s+/)[0]} «redacted»` : '«redacted»'));
  return out;
}
