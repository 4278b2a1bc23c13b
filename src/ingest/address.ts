/**
 * Which hosts may be fetched. A URL typed by an admin or found in a feed must not make the
 * bot reach into its own network (cloud metadata, admin panels on localhost), so every host
 * is resolved and each address checked; only public unicast addresses pass.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { IngestError } from './errors.ts';

export type Lookup = (host: string) => Promise<string[]>;

export const systemLookup: Lookup = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** True unless the address is public unicast (IPv4-mapped IPv6 judged as the IPv4 it carries). */
export function isNonPublicAddress(addr: string): boolean {
  if (!ipaddr.isValid(addr)) return true;
  const ip = ipaddr.process(addr);
  return ip.range() !== 'unicast';
}

/**
 * Names that point into the bot's own machine or network by definition (RFC 6761 localhost, mDNS
 * .local, .internal as cloud providers use it for metadata, home.arpa), compared without case and
 * without the root dot: `LOCALHOST.` is the same host as `localhost` and must not depend on how the
 * resolver happens to answer.
 */
const LOCAL_NAME = /(^|\.)(localhost|local|internal|home\.arpa)$/;

export function isLocalName(host: string): boolean {
  return LOCAL_NAME.test(host.toLowerCase().replace(/\.+$/, ''));
}

/** Resolve the URL's host and refuse it when any of its addresses is not public (unless allowed). */
export async function checkHost(url: URL, allowPrivate: boolean, lookup: Lookup = systemLookup): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isLocalName(host)) throw new IngestError('private-address', host);
  let addrs: string[];
  if (ipaddr.isValid(host)) addrs = [host];
  else {
    try {
      addrs = await lookup(host);
    } catch (e) {
      throw new IngestError('dns', `${host}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (!addrs.length) throw new IngestError('dns', host);
  }
  if (allowPrivate) return;
  const bad = addrs.find(isNonPublicAddress);
  if (bad) throw new IngestError('private-address', bad === host ? host : `${host} (${bad})`);
}
