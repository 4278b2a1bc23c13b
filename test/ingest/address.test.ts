import { describe, expect, it } from 'vitest';
import { checkHost, isNonPublicAddress } from '../../src/ingest/address.ts';
import { IngestError } from '../../src/ingest/errors.ts';

describe('isNonPublicAddress', () => {
  it.each([
    '127.0.0.1', '10.1.2.3', '172.16.0.9', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1',
    '::1', '::', 'fe80::1', 'fc00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '224.0.0.1', 'not-an-ip',
  ])('refuses %s', (a) => expect(isNonPublicAddress(a)).toBe(true));

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700::6810:85e5', '::ffff:8.8.8.8'])('allows %s', (a) =>
    expect(isNonPublicAddress(a)).toBe(false),
  );
});

describe('checkHost', () => {
  const lookup = (map: Record<string, string[]>) => async (h: string) => {
    if (!map[h]) throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' });
    return map[h]!;
  };

  it.each(['http://LOCALHOST.:8080/', 'http://localhost/', 'http://api.localhost/', 'http://printer.local./', 'http://metadata.google.internal/'])(
    'refuses %s by name, without asking the resolver',
    async (u) => {
      // The lookup says "public": the name alone must be enough to refuse.
      const e = await checkHost(new URL(u), false, async () => ['93.184.215.14']).catch((x) => x);
      expect(e).toBeInstanceOf(IngestError);
      expect(e.code).toBe('private-address');
    },
  );

  it('resolves names and refuses one that points inside', async () => {
    const l = lookup({ 'news.example': ['93.184.215.14'], 'sneaky.example': ['93.184.215.14', '10.0.0.5'] });
    await expect(checkHost(new URL('http://news.example/a'), false, l)).resolves.toBeUndefined();
    const e = await checkHost(new URL('http://sneaky.example/a'), false, l).catch((x) => x);
    expect(e).toBeInstanceOf(IngestError);
    expect(e.code).toBe('private-address');
    expect(e.message).toContain('10.0.0.5');
  });

  it('refuses literal private addresses, including bracketed IPv6', async () => {
    for (const u of ['http://127.0.0.1:8080/', 'http://[::1]/', 'http://169.254.169.254/latest/meta-data/']) {
      await expect(checkHost(new URL(u), false, lookup({}))).rejects.toMatchObject({ code: 'private-address' });
    }
  });

  it('allows private addresses when configured, and reports DNS failures', async () => {
    await expect(checkHost(new URL('http://127.0.0.1/'), true, lookup({}))).resolves.toBeUndefined();
    await expect(checkHost(new URL('http://nowhere.example/'), true, lookup({}))).rejects.toMatchObject({ code: 'dns' });
  });
});
