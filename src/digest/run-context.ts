/**
 * What a digest run works with: the scheduler's dependencies and settings, the run's tally, and
 * one due chat. The files that make up a run (due.ts, in-doubt.ts, fan-out.ts) take it as their
 * first argument instead of reaching into the scheduler.
 */
import type cron from 'node-cron';
import type { Lang } from '../briefing/types.ts';
import type { PlatformName } from '../core/platform.ts';
import type { Transport } from '../core/transport.ts';
import type { Library } from '../library/library.ts';
import type { Reply } from '../reply/model.ts';
import type { Store } from '../store/types.ts';
import type { DigestSelection } from './content.ts';
import type { Limits } from './rate-limit.ts';
import type { Subscription } from './records.ts';

export interface DigestDeps {
  store: Store;
  library: Pick<Library, 'interval' | 'latest'>;
  transports: Partial<Record<PlatformName, Transport>>;
  langFor(m: { platform: PlatformName; chatId: string; userId: string; userLocale?: string }): Lang;
  now(): Date;
}

export interface DigestOptions {
  limits?: Partial<Record<PlatformName, Limits>>;
  /** Sends in flight per platform. */
  concurrency?: number;
  /** Send attempts per chat and local date before giving up until tomorrow. */
  maxAttempts?: number;
  /** Wait before retrying a failed send (multiplied by the attempts so far). */
  retryBackoffMs?: number;
  /** 429 answers tolerated for one message within a run. */
  maxRateLimitRetries?: number;
  /**
   * A platform that asks to wait longer than this (a long flood-control retry_after) is not waited
   * out inside the run: its remaining digests are deferred to a later tick, due when the wait is over.
   */
  maxWaitMs?: number;
  /** Delivery records older than this many days are dropped. */
  keepDays?: number;
  /**
   * On a store several instances share (PostgreSQL), another instance's claim is taken for a
   * crashed run's only once it is this old: until then that instance may be sending it.
   */
  claimLeaseMs?: number;
  instanceId?: string;
  /** node-cron's schedule, replaceable in tests. */
  schedule?: typeof cron.schedule;
}

/** The options a run reads, defaults filled in. */
export type RunSettings = Required<Omit<DigestOptions, 'limits' | 'instanceId' | 'schedule'>>;

export function runSettings(options: DigestOptions): RunSettings {
  return {
    concurrency: options.concurrency ?? 8,
    maxAttempts: options.maxAttempts ?? 5,
    retryBackoffMs: options.retryBackoffMs ?? 5 * 60_000,
    maxRateLimitRetries: options.maxRateLimitRetries ?? 8,
    maxWaitMs: options.maxWaitMs ?? 60_000,
    keepDays: options.keepDays ?? 7,
    // Longer than one send can take: up to maxWaitMs per 429 answer, maxRateLimitRetries of them.
    claimLeaseMs: options.claimLeaseMs ?? 15 * 60_000,
  };
}

export interface RunContext {
  deps: DigestDeps;
  settings: RunSettings;
  /** Written into every record this instance claims: another instance's claims are told apart by it. */
  instanceId: string;
}

export interface RunSummary {
  due: number;
  sent: number;
  skipped: number;
  failed: number;
  deactivated: number;
  ms: number;
}

/** One chat's digest due in this run; its selection and reply are filled in before the fan-out. */
export interface Job {
  sub: Subscription;
  key: string;
  localDate: string;
  sel?: DigestSelection;
  reply?: Reply;
}
