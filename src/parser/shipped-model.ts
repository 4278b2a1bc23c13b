/**
 * A learned part's weights, shipped as a data file (data/NAME.json) and read once. Absent file:
 * null, so the rules alone decide. Trainers and cross-validation swap in another model with
 * `use` (null: the rules alone; undefined: back to the shipped file).
 */
import { readFileSync } from 'node:fs';

export interface ShippedModel<M> {
  get(): M | null;
  use(m: M | null | undefined): void;
}

export function shippedModel<M>(file: string): ShippedModel<M> {
  let model: M | null | undefined;
  return {
    get() {
      if (model !== undefined) return model;
      try {
        model = JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')) as M;
      } catch {
        model = null;
      }
      return model;
    },
    use(m) {
      model = m;
    },
  };
}
