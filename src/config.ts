/**
 * Configuration, read once from the environment (and .env when present), validated,
 * with one clear message per problem at start-up. .env.example lists every variable.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const schema = z
  .object({
    MUJAZ_DATA_FILE: z.string().trim().min(1).default('data/mujaz.db.json'),
    MUJAZ_ARTICLE: z.string().trim().min(1).default('data/russia-iran-partnership.ar.txt'),
    MUJAZ_DEFAULT_LANG: z.enum(['ar', 'en']).default('en'),
    /** Comma-separated platform:userId pairs, e.g. "telegram:12345,slack:U0123". */
    MUJAZ_ADMINS: z.string().default(''),
    MUJAZ_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    TELEGRAM_BOT_TOKEN: optionalString,
    TELEGRAM_WEBHOOK_URL: optionalString.pipe(z.string().url().optional()),
    TELEGRAM_WEBHOOK_SECRET: optionalString.pipe(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'only A-Z a-z 0-9 _ - (1–256 chars)').optional()),
    TELEGRAM_API_ROOT: optionalString,
    SLACK_BOT_TOKEN: optionalString,
    SLACK_APP_TOKEN: optionalString,
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_API_URL: optionalString,
    /** Slack HTTP mode port when it must differ from PORT (e.g. Telegram's webhook already uses PORT). */
    SLACK_PORT: optionalString.pipe(z.coerce.number<string | undefined>().int().min(0).max(65535).optional()),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  })
  .superRefine((c, ctx) => {
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET)
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_SECRET'], message: 'is required when TELEGRAM_WEBHOOK_URL is set' });
    if ((c.TELEGRAM_WEBHOOK_URL || c.TELEGRAM_WEBHOOK_SECRET) && !c.TELEGRAM_BOT_TOKEN)
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_BOT_TOKEN'], message: 'is required for webhook mode' });
    if (c.SLACK_BOT_TOKEN && !c.SLACK_APP_TOKEN && !c.SLACK_SIGNING_SECRET)
      ctx.addIssue({ code: 'custom', path: ['SLACK_APP_TOKEN'], message: 'or SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN' });
    if ((c.SLACK_APP_TOKEN || c.SLACK_SIGNING_SECRET) && !c.SLACK_BOT_TOKEN)
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'is required with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET' });
  });

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validate an environment; throws ConfigError listing every problem. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const r = schema.safeParse(env);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`);
  }
  return r.data;
}

/** Read .env (if any) into process.env without overriding what is already set, then validate. */
export function loadConfig(envFile = '.env'): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env);
}

export function parseAdmins(spec: string): Set<string> {
  return new Set(
    spec
      .split(',')
      .map((s) => s.trim())
      .filter((s) => /^[a-z]+:.+$/.test(s)),
  );
}
