/**
 * Writing files so that an acknowledged write survives a crash: a uniquely named temp file
 * (two writers never share one), fsynced, renamed over the target, then the folder fsynced so
 * the rename itself is on disk. The target's mode and owner are kept.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fsync, openSync, writeSync } from 'node:fs';
import { chown, chmod, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export function tempName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Only the fsync itself goes to the thread pool: opening, writing a few kilobytes to the page
 * cache and closing take microseconds done here, while each trip through the pool costs two
 * wake-ups, which on a loaded machine were most of an ingest's time (a body and a catalog line
 * took about ten trips; now three, two of them at once).
 */
function fsyncFd(fd: number): Promise<void> {
  return new Promise((done, fail) => fsync(fd, (e) => (e ? fail(e) : done())));
}

export async function fsyncDir(dir: string): Promise<void> {
  const fd = openSync(dir, constants.O_RDONLY);
  try {
    await fsyncFd(fd);
  } finally {
    closeSync(fd);
  }
}

export async function writeFileDurable(file: string, data: string | Buffer, opts: { keepFrom?: string } = {}): Promise<void> {
  const tmp = tempName(file);
  const prev = await stat(opts.keepFrom ?? file).catch(() => null);
  const h = await open(tmp, 'wx', prev ? prev.mode & 0o7777 : 0o644);
  try {
    await h.writeFile(data);
    await h.sync();
  } catch (e) {
    await h.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  await h.close();
  if (prev) {
    await chmod(tmp, prev.mode & 0o7777).catch(() => undefined);
    // Only root may give a file away; an ordinary user's file already has the owner.
    if (prev.uid !== process.getuid?.() || prev.gid !== process.getgid?.()) await chown(tmp, prev.uid, prev.gid).catch(() => undefined);
  }
  try {
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  await fsyncDir(dirname(file));
}

/** Append and fsync (the journal). */
export async function appendDurable(file: string, data: string): Promise<void> {
  const fd = openSync(file, 'a', 0o644);
  try {
    writeAll(fd, Buffer.from(data));
    await fsyncFd(fd);
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, buf: Buffer): void {
  for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at, buf.length - at);
}

/**
 * A file that does not exist yet (a new briefing version): written in place, its data and its
 * folder entry fsynced at the same time (one wait, not three in a row as through a temp file and
 * a rename). Nothing refers to it until the caller records it, so a crash mid-write leaves only an
 * unreferenced file; if the name exists (such a leftover, or a rewrite), it is replaced through
 * writeFileDurable.
 */
export async function writeNewFileDurable(file: string, data: string | Buffer): Promise<void> {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return writeFileDurable(file, data);
    throw e;
  }
  try {
    writeAll(fd, typeof data === 'string' ? Buffer.from(data) : data);
    await Promise.all([fsyncFd(fd), fsyncDir(dirname(file))]);
  } finally {
    closeSync(fd);
  }
}
