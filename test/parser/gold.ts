/** The gold scoring lives in src/eval (shared with `npm run eval`); the tests import it from here. */
export * from '../../src/eval/gold-score.ts';
