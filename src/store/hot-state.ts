/**
 * Hot state shared by every engine: sections of keyed records held in memory, read
 * synchronously, changed only through Change lists (so an engine can persist exactly what
 * changed). Sections are registered by the features that own them and checked when registered.
 */
import { StoreError, type Change, type ClaimOptions, type Section, type SectionSpec } from './types.ts';

export type SectionData = Record<string, Record<string, unknown>>;

export class HotState {
  private readonly specs = new Map<string, SectionSpec<unknown>>();

  constructor(
    readonly data: SectionData,
    /** Names the store in error lines ("the data file data/mujaz.db.json"). */
    private readonly where: string,
  ) {}

  /** Check a section's stored records; throws one StoreError line naming the first bad record. */
  register<T>(spec: SectionSpec<T>): Section<T> {
    const known = this.specs.get(spec.name);
    if (!known) {
      const legacy = this.data[spec.name] as unknown;
      if (Array.isArray(legacy) && spec.legacyListKey) {
        // An older file kept this section as a list: key its items (bad items are refused below).
        const keyed: Record<string, unknown> = {};
        for (const [i, item] of legacy.entries()) {
          const k = isObject(item) ? spec.legacyListKey(item as T) : undefined;
          keyed[typeof k === 'string' && k ? k : `#${i + 1}`] = item;
        }
        this.data[spec.name] = keyed;
      }
      const problem = checkSection(this.data[spec.name], spec as SectionSpec<unknown>);
      if (problem)
        throw new StoreError(`${this.where} is not a valid mujaz data file: ${problem}. mujaz will not change it: repair it, or move it away to start with an empty one.`);
      this.data[spec.name] ??= {};
      this.specs.set(spec.name, spec as SectionSpec<unknown>);
    }
    return this.view<T>(spec.name);
  }

  private view<T>(name: string): Section<T> {
    const rec = () => this.data[name] as Record<string, T>;
    return {
      get: (k) => (Object.hasOwn(rec(), k) ? rec()[k] : undefined),
      has: (k) => Object.hasOwn(rec(), k),
      entries: () => Object.entries(rec()),
      values: () => Object.values(rec()),
      get size() {
        return Object.keys(rec()).length;
      },
    };
  }

  apply(changes: readonly Change[]): void {
    for (const c of changes) {
      const s = (this.data[c.section] ??= {});
      if (c.value === undefined) delete s[c.key];
      else s[c.key] = c.value;
    }
  }

  /** May `key` be claimed? (absent, or holding a replaceable status) */
  claimable(section: string, key: string, opts: ClaimOptions = {}): boolean {
    const cur = this.data[section]?.[key] as { status?: unknown } | undefined;
    if (cur === undefined) return true;
    if (opts.staleBefore !== undefined) {
      const at = (cur as { at?: unknown }).at;
      if (!(typeof at === 'string' && at < opts.staleBefore)) return false;
    }
    return typeof cur?.status === 'string' && (opts.replaceStatus ?? []).includes(cur.status);
  }
}

export function checkSection(v: unknown, spec: SectionSpec<unknown>): string | null {
  if (v === undefined) return null;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return `"${spec.name}" is not an object`;
  for (const [k, r] of Object.entries(v)) {
    if (!spec.valid(r)) return `"${spec.name}" entry "${k.slice(0, 60)}" is not ${spec.what}`;
  }
  return null;
}

/** True for a plain JSON object. */
export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
