/**
 * Wall-clock time in a chat's IANA zone, computed with Intl only (no tz database of our own).
 * The digest schedule is expressed as "local date + minutes since local midnight": comparing
 * minutes with >= makes a time that does not exist on a spring-forward day fire at the first
 * minute after the gap, and the idempotency key (chat, local date) makes the repeated hour of a
 * fall-back day fire once.
 */

export interface LocalParts {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

export function localParts(at: Date, tz: string): LocalParts {
  const p: Record<string, string> = {};
  for (const part of formatter(tz).formatToParts(at)) p[part.type] = part.value;
  // Some engines print midnight as 24 even with h23; treat it as 0.
  const hour = Number(p.hour) % 24;
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: hour * 60 + Number(p.minute) };
}

/** The canonical spelling of an IANA zone ("asia/riyadh" -> "Asia/Riyadh"), or null when unknown. */
export function canonicalZone(input: string): string | null {
  const s = input.trim();
  if (!s || s.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(s)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: s }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

let zones: string[] | undefined;
const cityOf = (z: string) => z.slice(z.lastIndexOf('/') + 1).toLowerCase();
const cityKey = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Zones whose city is exactly this word ("paris", "new york"). */
function zonesOfCity(input: string): string[] {
  const want = cityKey(input);
  if (!/^[a-z_]{3,}$/.test(want)) return [];
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones.filter((z) => cityOf(z) === want);
}

/** Zones to suggest for a zone that was not understood: same city, else cities that start alike. */
export function zoneSuggestions(input: string, max = 3): string[] {
  const exact = zonesOfCity(input);
  if (exact.length) return exact.slice(0, max);
  const city = cityKey(input.slice(input.lastIndexOf('/') + 1));
  if (!/^[a-z_]{3,}$/.test(city)) return [];
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones.filter((z) => cityOf(z).startsWith(city.slice(0, 3))).slice(0, max);
}

/** A zone typed as Area/City, or as a city alone when one zone has that city ("paris" -> Europe/Paris). */
export function zoneFromInput(input: string): string | null {
  const z = canonicalZone(input);
  if (z) return z;
  const byCity = zonesOfCity(input);
  return byCity.length === 1 ? byCity[0]! : null;
}

const AM = /^(a\.?m\.?|ص|صباحا|صباحًا|صباحاً)$/i;
const PM = /^(p\.?m\.?|م|مساء|مساءً|مساءا)$/i;

/**
 * A time of day as people type it: "20:00", "8:30", "8am", "8:30 pm", "8 pm", "٨ مساءً";
 * minutes since midnight, or null. A bare hour without am/pm ("8") is not taken: 8 or 20?
 */
export function parseTimeOfDay(input: string): number | null {
  const s = input.trim().toLowerCase().replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*([^\d\s].*)?$/u.exec(s);
  if (!m) return null;
  const suffix = m[3]?.trim();
  if (!suffix) return m[2] === undefined ? null : parseClock(s);
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h < 1 || h > 12 || min > 59) return null;
  if (AM.test(suffix)) return (h % 12) * 60 + min;
  if (PM.test(suffix)) return ((h % 12) + 12) * 60 + min;
  return null;
}

/** "8:05", "08:05", "٠٨:٠٥" -> minutes since midnight; null when not a 24-hour time. */
export function parseClock(input: string): number | null {
  const s = input.trim().replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(s);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The calendar day after YYYY-MM-DD. */
export function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The calendar day n days before YYYY-MM-DD. */
export function daysBefore(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}
