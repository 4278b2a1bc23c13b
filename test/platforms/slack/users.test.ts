import { describe, expect, it } from 'vitest';
import { UserCache, type UsersInfo } from '../../../src/platforms/slack/users.ts';

describe('UserCache', () => {
  it('asks users.info with the locale once per TTL', async () => {
    let now = 0;
    const asked: unknown[] = [];
    const info: UsersInfo = async (a) => {
      asked.push(a);
      return { user: { locale: 'ar-SA', is_admin: false, is_owner: true } };
    };
    const c = new UserCache(1000, () => now);
    expect(await c.get('U1', info)).toEqual({ locale: 'ar-SA', isAdmin: true, isBot: false });
    await c.get('U1', info);
    expect(asked).toEqual([{ user: 'U1', include_locale: true }]);
    now = 2000;
    await c.get('U1', info);
    expect(asked).toHaveLength(2);
  });

  it('shares one call between concurrent asks and does not cache failures', async () => {
    let calls = 0;
    const failing: UsersInfo = async () => {
      calls++;
      throw new Error('missing_scope');
    };
    const c = new UserCache();
    const [a, b] = await Promise.all([c.get('U2', failing), c.get('U2', failing)]);
    expect(a).toBeUndefined();
    expect(b).toBeUndefined();
    expect(calls).toBe(1);
    await c.get('U2', failing);
    expect(calls).toBe(2);
  });
});
