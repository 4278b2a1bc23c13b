/**
 * Every match of a global regex in `s`, as `[...s.matchAll(re)]` gives them, without what matchAll
 * costs per call: a copy of the regex and an iterator (the timeline runs fourteen regexes over
 * every sentence, and most find nothing). The regex's lastIndex is 0 again afterwards, as matchAll
 * leaves it; it starts from 0, where matchAll starts from the regex's lastIndex (0 too for a regex
 * only ever read through matchAll or this).
 * The result is shared and empty when nothing matches: callers read it, never change it.
 */
const NONE: readonly RegExpExecArray[] = Object.freeze([]);

export function execAll(re: RegExp, s: string): readonly RegExpExecArray[] {
  if (!re.global) throw new TypeError('execAll needs a global regex');
  re.lastIndex = 0;
  let out: RegExpExecArray[] | null = null;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    (out ??= []).push(m);
    // An empty match: step on by one character (a code point under /u or /v), as matchAll does.
    if (m[0] === '') {
      const i = re.lastIndex;
      const wide = (re.unicode || re.flags.includes('v')) && i + 1 < s.length && (s.codePointAt(i) ?? 0) > 0xffff;
      re.lastIndex = i + (wide ? 2 : 1);
    }
  }
  return out ?? NONE;
}
