/**
 * The import graph of the program's own files (src/ and commands/), read from the source text.
 *
 * Each edge is a static `import ... from './x.ts'`, `import './x.ts'` or `export ... from './x.ts'`,
 * marked `type` when the whole statement is erased by the compiler (`import type`, `export type`).
 * With verbatimModuleSyntax, `import { type A } from './x.ts'` is kept as `import {} from './x.ts'`
 * and still loads the module, so it counts as a runtime edge. Dynamic `import()` is left out: it
 * runs after every static import has settled, which is exactly how a cycle is broken on purpose.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Edge {
  from: string;
  to: string;
  type: boolean;
}

export const root = new URL('../../', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(name) ? [p] : [];
  });
}

/** Comments out, so an import in a doc comment is not an edge. Strings are left: they hold the paths. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

// `import x, { a, type b } from '...'`, `import type { a } from '...'`, `import '...'`,
// `export { a } from '...'`, `export * from '...'`, `export type { a } from '...'`; the clause may span lines.
const STATEMENT = /^\s*(import|export)\s+(type\s+)?([^'";]*?\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm;

export function edgesOf(file: string): Edge[] {
  const text = stripComments(readFileSync(join(root, file), 'utf8'));
  const out: Edge[] = [];
  for (const m of text.matchAll(STATEMENT)) {
    // `import type from './x.ts'` would be a default import named "type"; no file does that.
    out.push({ from: file, to: relative(root, join(root, file, '..', m[4]!)), type: m[2] !== undefined });
  }
  return out;
}

export function projectFiles(): string[] {
  return ['src', 'commands'].flatMap((d) => files(join(root, d))).map((p) => relative(root, p)).sort();
}

/**
 * Every elementary cycle would be too many to read; one cycle per strongly connected component
 * is not enough to fix them. This lists, for each component, the shortest cycle through each of
 * its files, deduplicated and rotated to start at its smallest file, so the list is stable.
 */
export function cycles(edges: Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (e.from === e.to) continue;
    const list = next.get(e.from) ?? [];
    if (!list.includes(e.to)) list.push(e.to);
    next.set(e.from, list);
  }
  const found = new Map<string, string[]>();
  for (const start of next.keys()) {
    // Breadth-first from start's successors back to start: the shortest cycle through start.
    const parent = new Map<string, string>();
    const queue: string[] = [];
    for (const n of next.get(start) ?? []) if (!parent.has(n)) { parent.set(n, start); queue.push(n); }
    let closed = false;
    for (let i = 0; i < queue.length && !closed; i++) {
      const at = queue[i]!;
      if (at === start) { closed = true; break; }
      for (const n of next.get(at) ?? []) {
        if (parent.has(n)) continue;
        parent.set(n, at);
        queue.push(n);
        if (n === start) { closed = true; break; }
      }
    }
    if (!closed) continue;
    const path = [start];
    for (let at = parent.get(start)!; at !== start; at = parent.get(at)!) path.unshift(at);
    path.unshift(start);
    path.pop();
    const min = path.reduce((a, b) => (b < a ? b : a));
    const k = path.indexOf(min);
    const rotated = [...path.slice(k), ...path.slice(0, k)];
    found.set(rotated.join(' -> '), rotated);
  }
  return [...found.values()].sort((a, b) => a.join().localeCompare(b.join()));
}

/** One label per file pair: `a -> b`, or `a -> b (type)` when every statement between them is erased. */
export function labelledEdges(edges: Edge[]): Map<string, string> {
  const runtime = new Set(edges.filter((e) => !e.type).map((e) => `${e.from} -> ${e.to}`));
  const out = new Map<string, string>();
  for (const e of edges) {
    const key = `${e.from} -> ${e.to}`;
    out.set(key, runtime.has(key) ? key : `${key} (type)`);
  }
  return out;
}

/**
 * The edges that lie on some cycle: those whose two ends are in the same strongly connected
 * component (Tarjan). Any new cycle needs a new edge, and that edge lands in this set.
 */
export function edgesOnCycles(edges: Edge[]): Edge[] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const stack: string[] = [];
  let counter = 0;
  let components = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (!component.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      for (let w = stack.pop()!; ; w = stack.pop()!) {
        component.set(w, components);
        if (w === v) break;
      }
      components++;
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return edges.filter((e) => e.from !== e.to && component.get(e.from) === component.get(e.to));
}
