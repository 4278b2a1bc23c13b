/** Text made literal inside a RegExp: every character with a meaning of its own escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
