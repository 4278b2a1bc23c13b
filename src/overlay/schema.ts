/**
 * The editor overlay file (data/overlays/<briefing-id>.json): corrections and translations keyed
 * by the stable ids of a briefing's items. Every text is optional; an empty string means
 * "nothing to say" (the template leaves blanks for the editor to fill). `ref` fields are a
 * read-only copy of the original for the editor's convenience and are ignored when applying.
 * Unknown keys are rejected so a misspelt field is reported instead of silently doing nothing.
 */
import { z } from 'zod';

const text = z.string().max(20_000);

export const biPatch = z.object({ ar: text.optional(), en: text.optional() }).strict();

const textEntry = z.object({ ref: text.optional(), ar: text.optional(), en: text.optional() }).strict();

const personEntry = z
  .object({
    ref: text.optional(),
    name: biPatch.optional(),
    role: biPatch.optional(),
    /** Extra written forms (e.g. other Latin spellings) that /who should find. */
    aliases: z.array(z.string().max(200)).max(50).optional(),
  })
  .strict();

const quoteEntry = textEntry
  .extend({
    speaker: biPatch.optional(),
    /** Re-attribute the quote to this person (a key from the `people` section, e.g. "p-cf546538"). */
    person: z.string().max(200).optional(),
  })
  .strict();
const timelineEntry = textEntry.extend({ when: biPatch.optional() }).strict();
const sourceEntry = z.object({ ref: text.optional(), name: biPatch.optional() }).strict();

const byId = <T extends z.ZodType>(entry: T) => z.record(z.string().min(1).max(200), entry).optional();

export const overlaySchema = z
  .object({
    /** Free-form note for editors (who reviewed it, when). */
    note: z.string().max(2000).optional(),
    /** The briefing id this overlay belongs to; must match the file name when given. */
    briefing: z.string().optional(),
    title: textEntry.optional(),
    /* Sections below are keyed by content-derived keys (src/overlay/ids.ts; `mujaz review` lists them). */
    summary: byId(textEntry),
    people: byId(personEntry),
    quotes: byId(quoteEntry),
    precedents: byId(textEntry),
    timeline: byId(timelineEntry),
    sources: byId(sourceEntry),
    /** Translations of the sentences person cards show (/who). */
    sentences: byId(textEntry),
  })
  .strict();

export type Overlay = z.infer<typeof overlaySchema>;
export type BiPatch = z.infer<typeof biPatch>;

/** One line per problem, with the path inside the file, for the warning and the review sheet. */
export function describeIssues(err: z.ZodError): string {
  return err.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`)
    .join('; ');
}
