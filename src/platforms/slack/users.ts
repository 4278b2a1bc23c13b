/**
 * Who a Slack user is, as far as replies care: their locale (reply language when the chat
 * has no /lang setting) and whether they are a workspace admin (group-admin commands).
 * users.info is cached in memory for a while: every message would otherwise cost a call.
 */
export interface SlackUserInfo {
  locale?: string;
  isAdmin: boolean;
  isBot: boolean;
}

/** The one Web API call this needs, so tests and the app can pass Bolt's client as is. */
export type UsersInfo = (args: { user: string; include_locale: boolean }) => Promise<{
  user?: { locale?: string; is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean; is_bot?: boolean };
}>;

export class UserCache {
  private readonly entries = new Map<string, { at: number; info: Promise<SlackUserInfo | undefined> }>();

  constructor(
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 10_000,
  ) {}

  /** Cached or fresh info; undefined when Slack would not say (unknown user, missing scope). */
  get(userId: string, fetchInfo: UsersInfo): Promise<SlackUserInfo | undefined> {
    const hit = this.entries.get(userId);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.info;
    const info = fetchInfo({ user: userId, include_locale: true }).then(
      (r) =>
        r.user
          ? {
              locale: r.user.locale,
              isAdmin: Boolean(r.user.is_admin || r.user.is_owner || r.user.is_primary_owner),
              isBot: Boolean(r.user.is_bot),
            }
          : undefined,
      () => {
        // A failed lookup is not cached for long: retry on a later message.
        this.entries.delete(userId);
        return undefined;
      },
    );
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(userId, { at: this.now(), info });
    return info;
  }
}
