/**
 * Writing files so that an acknowledged write survives a crash: a uniquely named temp file
 * (two writers never share one), fsynced, renamed over the target, then the folder fsynced so
 * the rename itself is on disk. The target's mode and owner are kept.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { chown, chmod, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export function tempName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export async function fsyncDir(dir: string): Promise<void> {
  const h = await open(dir, constants.O_RDONLY);
  try {
    await h.sync();
  } finally {
    await h.close();
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
  const h = await open(file, 'a', 0o644);
  try {
    await h.appendFile(data);
    await h.sync();
  } finally {
    await h.close();
  }
}

/**
 * A file that does not exist yet (a new briefing version): written in place, its data and its
 * folder entry fsynced at the same time (one wait, not three in a row as through a temp file and
 * a rename). Nothing refers to it until the caller records it, so a crash mid-write leaves only an
 * unreferenced file; if the name exists (such a leftover, or a rewrite), it is replaced through
 * writeFileDurable.
 */
export async function writeNewFileDurable(file: string, data: string | Buffer): Promise<void> {
  let h;
  try {
    h = await open(file, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return writeFileDurable(file, data);
    throw e;
  }
  try {
    await h.writeFile(data);
    await Promise.all([h.sync(), fsyncDir(dirname(file))]);
  } finally {
    await h.close();
  }
}
