/** Where the embedded engine keeps each part, next to the data file MUJAZ_DATA_FILE names. */
export interface StorePaths {
  /** lowdb JSON snapshot of the hot state (chats, users, subscriptions, deliveries, feeds...). */
  file: string;
  /** Changes since the snapshot, one fsynced line per write (replayed at start-up). */
  journal: string;
  /** Holds the running writer's process id. */
  lock: string;
  /** One immutable JSON file per briefing version, and catalog.jsonl listing them. */
  briefings: string;
  /** Files `mujaz ingest` hands to the running bot. */
  inbox: string;
}

export function storePaths(file: string): StorePaths {
  const base = file.replace(/\.json$/i, '');
  return { file, journal: `${base}.journal`, lock: `${base}.lock`, briefings: `${base}.briefings`, inbox: `${base}.inbox` };
}

/** The append-only file of a section kept out of the hot file (SectionSpec.ownFile). */
export function sectionFile(paths: StorePaths, name: string): string {
  return `${paths.file.replace(/\.json$/i, '')}.${name.replace(/[^A-Za-z0-9_-]/g, '_')}.jsonl`;
}
