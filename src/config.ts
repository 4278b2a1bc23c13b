/**
 * Configuration, read once from the environment (and .env when present), validated,
 * with one clear message per problem at start-up. .env.example lists every variable.
 */
import { registerSecret } from './redact.ts';
import { existsSync } from 'node:fs';
import { validate as validCron } from 'node-cron';
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

/** "1/true/yes/on" or "0/false/no/off" (empty = the default). */
function envBool(def: boolean) {
  return z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s === '') return def;
      if (['1', 'true', 'yes', 'on'].includes(s)) return true;
      if (['0', 'false', 'no', 'off'].includes(s)) return false;
      ctx.addIssue({ code: 'custom', message: 'must be true or false' });
      return z.NEVER;
    });
}

const schema = z
  .object({
    MUJAZ_DATA_FILE: z.string().trim().min(1).default('data/mujaz.db.json'),
    /** PostgreSQL instead of the embedded data file, e.g. postgres://user@host/db (optional ?schema=name). */
    MUJAZ_DATABASE_URL: optionalString.pipe(z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional()),
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
    /** Daily digests scheduler: on (default) or off. */
    MUJAZ_DIGESTS: z.enum(['on', 'off']).default('on'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /**
     * Address the Telegram webhook and Slack HTTP mode listen on. All interfaces by default, as a
     * platform host (Heroku, containers) needs; 127.0.0.1 behind a reverse proxy on the same machine.
     * (Not plain HOST: shells set that to the machine's name.)
     */
    MUJAZ_LISTEN_HOST: optionalString.transform((s) => s ?? '0.0.0.0'),
    /* Translation (src/translate, src/overlay): editor overlays and an optional OpenAI-compatible provider. */
    MUJAZ_OVERLAY_DIR: z.string().trim().min(1).default('data/overlays'),
    MUJAZ_LLM_BASE_URL: optionalString.pipe(z.string().url().optional()),
    MUJAZ_LLM_API_KEY: optionalString,
    MUJAZ_LLM_MODEL: optionalString,
    MUJAZ_LLM_TIMEOUT_MS: z.preprocess((v) => (typeof v === 'string' && !v.trim() ? undefined : v), z.coerce.number().int().min(100).max(600_000).default(30_000)),
    /* Ingest (src/ingest): fetching pages and feeds. */
    MUJAZ_ALLOW_PRIVATE_FETCH: envBool(false),
    MUJAZ_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
    MUJAZ_FETCH_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
    MUJAZ_FEED_POLL_CRON: z.string().trim().default('*/15 * * * *'),
    MUJAZ_USER_AGENT: z.string().trim().min(1).default('mujaz/0.1 (+news briefing bot)'),
    /** How long `mujaz ingest` waits for a running bot to ingest what it handed it (docs/ingest.md). */
    MUJAZ_INBOX_WAIT_MS: z.preprocess((v) => (typeof v === 'string' && !v.trim() ? undefined : v), z.coerce.number().int().min(0).max(24 * 3600_000).default(60_000)),
  });

/**
 * Checks across variables. They run on the raw environment, not after the schema, so that a
 * bad value elsewhere does not hide them: start-up lists every problem at once.
 */
function crossIssues(env: Record<string, string | undefined>): string[] {
  const has = (k: string) => (env[k] ?? '').trim() !== '';
  const issues: string[] = [];
  const need = (cond: boolean, key: string, message: string) => cond && issues.push(`  ${key}: ${message}`);
  need(has('MUJAZ_LLM_BASE_URL') && !has('MUJAZ_LLM_MODEL'), 'MUJAZ_LLM_MODEL', 'is required when MUJAZ_LLM_BASE_URL is set');
  need((has('MUJAZ_LLM_MODEL') || has('MUJAZ_LLM_API_KEY')) && !has('MUJAZ_LLM_BASE_URL'), 'MUJAZ_LLM_BASE_URL', 'is required with MUJAZ_LLM_MODEL or MUJAZ_LLM_API_KEY');
  const cron = (env.MUJAZ_FEED_POLL_CRON ?? '').trim();
  need(cron !== '' && cron !== 'off' && !validCron(cron), 'MUJAZ_FEED_POLL_CRON', 'is not a valid cron expression (or "off")');
  need(has('TELEGRAM_WEBHOOK_URL') && !has('TELEGRAM_WEBHOOK_SECRET'), 'TELEGRAM_WEBHOOK_SECRET', 'is required when TELEGRAM_WEBHOOK_URL is set');
  need((has('TELEGRAM_WEBHOOK_URL') || has('TELEGRAM_WEBHOOK_SECRET')) && !has('TELEGRAM_BOT_TOKEN'), 'TELEGRAM_BOT_TOKEN', 'is required for webhook mode');
  need(has('SLACK_BOT_TOKEN') && !has('SLACK_APP_TOKEN') && !has('SLACK_SIGNING_SECRET'), 'SLACK_APP_TOKEN', 'or SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN');
  need((has('SLACK_APP_TOKEN') || has('SLACK_SIGNING_SECRET')) && !has('SLACK_BOT_TOKEN'), 'SLACK_BOT_TOKEN', 'is required with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET');
  return issues;
}

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validate an environment; throws ConfigError listing every problem. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const r = schema.safeParse(env);
  const lines = [...(r.success ? [] : r.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`)), ...crossIssues(env)];
  if (!r.success || lines.length) {
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`);
  }
  const config = r.data!;
  // Every credential is masked in logs from the moment it is known, whatever quotes it later.
  for (const key of ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'MUJAZ_LLM_API_KEY'] as const) {
    registerSecret(config[key]);
  }
  return config;
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
