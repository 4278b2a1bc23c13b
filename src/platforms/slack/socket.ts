/**
 * A Socket Mode connection that outlives outages. The Socket Mode client's own reconnection
 * retries every 5 s forever, logs "WebSocket error occurred:" without a cause each time, and
 * leaves the first start() pending while Slack is unreachable. It is switched off here: a failed
 * connect rejects, and after a connection is lost this reconnects with a growing back-off,
 * logging the outage once with its cause and once when connected again. A refused app token
 * stops reconnecting and is reported as fatal.
 */
import type { App as BoltApp, SocketModeReceiver } from '@slack/bolt';
import { causeOf, log } from '../../log.ts';
import { Backoff, OutageLog, sleep, type BackoffOptions } from '../outage.ts';
import { explainConnectFailure, SlackConnectError } from './errors.ts';

export const SOCKET_BACKOFF: Required<BackoffOptions> = { firstMs: 1000, maxMs: 30_000 };

export class SocketConnection {
  private lastError: string | undefined;
  private readonly stopping = new AbortController();
  private readonly outage = new OutageLog('slack');
  private readonly backoff: Backoff;

  constructor(
    private readonly bolt: BoltApp,
    private readonly receiver: SocketModeReceiver,
    private readonly onFatal: (e: Error) => void,
    backoff: BackoffOptions = SOCKET_BACKOFF,
  ) {
    this.backoff = new Backoff(backoff);
    receiver.client.on('error', (e: unknown) => {
      this.lastError = causeOf(e);
    });
  }

  /** One attempt: resolves once connected; rejects with a SlackConnectError. */
  async connect(): Promise<void> {
    this.lastError = undefined;
    try {
      await this.bolt.start();
    } catch (e) {
      throw new SlackConnectError('SLACK_APP_TOKEN', e, this.lastError);
    }
    this.receiver.client.once('disconnected', () => {
      if (!this.stopping.signal.aborted) void this.reconnect();
    });
  }

  private async reconnect(): Promise<void> {
    log.debug(`slack: Socket Mode connection closed${this.lastError ? ` (${this.lastError})` : ''}; reconnecting`);
    this.backoff.reset();
    while (!this.stopping.signal.aborted) {
      try {
        await this.connect();
        this.outage.ok('Socket Mode connected again');
        return;
      } catch (e) {
        if (this.stopping.signal.aborted) return;
        const f = explainConnectFailure(e);
        if (f.fatal) {
          log.error(`slack: ${f.message}; not reconnecting`);
          this.onFatal(new Error(f.message));
          return;
        }
        this.outage.failed(f.message, this.backoff.capMs, f.kind);
        await sleep(this.backoff.next(), this.stopping.signal);
      }
    }
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.bolt.stop().catch((e: unknown) => log.debug(`slack: stop: ${causeOf(e)}`));
  }
}
