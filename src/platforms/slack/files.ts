/**
 * Downloading a file shared with the bot. The request carries the bot token, so it may only go to
 * Slack's own file hosts (or the configured API host, a local fake in tests): a crafted event with
 * url_private_download pointing elsewhere must not receive the token, and a redirect may not take
 * it there either. The body is read against a byte cap, so a huge file stops at the cap instead of
 * filling memory before the ingest's own size check.
 */
export interface DownloadOptions {
  token?: string;
  /** The Web API base in use (https://slack.com/api/ by default). */
  apiBase?: string;
  maxBytes: number;
  timeoutMs: number;
}

export class FileDownloadError extends Error {
  override name = 'FileDownloadError';
}

const MAX_REDIRECTS = 3;

export function allowedFileHost(url: URL, apiBase: string | undefined): boolean {
  const api = new URL(apiBase ?? 'https://slack.com/api/');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && url.host === api.host)) return false;
  return url.host === api.host || url.hostname === 'files.slack.com' || url.hostname.endsWith('.slack.com');
}

export async function downloadSlackFile(raw: string, o: DownloadOptions): Promise<Buffer> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FileDownloadError('not a file address');
  }
  const signal = AbortSignal.timeout(o.timeoutMs);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!allowedFileHost(url, o.apiBase)) throw new FileDownloadError(`files are only fetched from Slack (not ${url.host})`);
    const r = await fetch(url, { headers: o.token ? { authorization: `Bearer ${o.token}` } : {}, redirect: 'manual', signal });
    if (r.status >= 300 && r.status < 400 && r.headers.get('location')) {
      await r.body?.cancel();
      url = new URL(r.headers.get('location')!, url);
      continue;
    }
    if (!r.ok) throw new FileDownloadError(`download failed: HTTP ${r.status}`);
    const declared = Number(r.headers.get('content-length') ?? 0);
    if (declared > o.maxBytes) {
      await r.body?.cancel();
      throw new FileDownloadError(`larger than the limit (${declared} bytes)`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of r.body ?? []) {
      size += chunk.length;
      if (size > o.maxBytes) throw new FileDownloadError(`larger than the limit (over ${o.maxBytes} bytes)`);
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  }
  throw new FileDownloadError('too many redirects');
}
