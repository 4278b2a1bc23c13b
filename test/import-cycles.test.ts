/**
 * No two files of src/ or commands/ import each other, directly or round a loop.
 *
 * A runtime cycle makes load order matter: whichever file the loop is entered by sees the other's
 * exports still undefined at its top level. Type-only imports (`import type`, `export type`) are
 * erased and cannot do that, but they are counted too: a type loop still means neither file can be
 * understood, moved or tested without the other, and turning one `import type` into a value import
 * later would make it a runtime cycle without anyone having added a new file to the loop. Each
 * allowed edge says whether it is type-only, so that change fails here as well.
 *
 * The allow-list holds exactly the edges on today's cycles (the edges whose two ends are in the
 * same strongly connected component), not whole files or folders: a new cycle needs a new edge,
 * which is not on the list. An edge that is no longer on a cycle must leave the list.
 */
import { describe, expect, it } from 'vitest';
import { cycles, edgesOf, edgesOnCycles, labelledEdges, projectFiles } from './helpers/import-graph.ts';

const ALLOWED = new Set([
  // known, left for the parser owners: the Arabic person finder and the role reader share span helpers.
  'src/parser/people-ar.ts -> src/parser/roles-ar.ts',
  'src/parser/roles-ar.ts -> src/parser/people-ar.ts',
  // known, left for the parser owners: the classifier takes the reading type from the finder that calls it.
  'src/parser/precedent-classifier.ts -> src/parser/precedents.ts (type)',
  'src/parser/precedents.ts -> src/parser/precedent-classifier.ts',
  // known, left for the parser owners: the rerank data shape and the model that holds it.
]);

const edges = projectFiles().flatMap(edgesOf);
const labels = labelledEdges(edges);
const onCycles = [...new Set(edgesOnCycles(edges).map((e) => labels.get(`${e.from} -> ${e.to}`)!))].sort();

describe('import cycles', () => {
  it('reads the import statements (a broken reader would find no cycle at all)', () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(edges.some((e) => e.type)).toBe(true);
    expect(edges).toContainEqual({ from: 'src/app.ts', to: 'src/config.ts', type: false });
  });

  it('none but the allowed ones, type-only imports included', () => {
    const fresh = onCycles.filter((e) => !ALLOWED.has(e));
    // Print whole loops, not just edges, so the failure says what to untangle.
    const freshPairs = new Set(fresh.map((e) => e.replace(/ \(type\)$/, '')));
    const loops = cycles(edges)
      .filter((c) => c.some((f, i) => freshPairs.has(`${f} -> ${c[(i + 1) % c.length]}`)))
      .map((c) => [...c, c[0]].join(' -> '));
    expect({ fresh, loops }).toEqual({ fresh: [], loops: [] });
  });

  it('the allow-list holds no edge that is no longer on a cycle', () => {
    expect([...ALLOWED].filter((e) => !onCycles.includes(e))).toEqual([]);
  });
});
