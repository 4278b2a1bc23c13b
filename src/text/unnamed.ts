/**
 * A local function made without a name, for hot functions that make closures on every call: tsx
 * (how the bot and the bench run, esbuild with keepNames) follows every `const f = (…) => …` with an
 * `Object.defineProperty` of its name, each time the enclosing function runs, while an arrow passed
 * as an argument gets none. `const f = unnamed((…) => …)` behaves as `const f = (…) => …`.
 */
export const unnamed = <F>(f: F): F => f;
