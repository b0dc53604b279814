/**
 * Evidence: an exact span of an article, the unit of provenance. Every claim,
 * event, topic, actor and place reaches its spans through it.
 */
import { builder } from '../builder.js';
import { EvidenceRef, SourceRef } from '../refs.js';

export const OFFSETS_NOTE = 'Offsets are JavaScript string indices (UTF-16 code units) into `Source.text`.';

EvidenceRef.implement({
  description: `An exact span of an article's text, after the W3C Web Annotation model (TextPositionSelector + TextQuoteSelector). ${OFFSETS_NOTE} \`quote\` always equals \`source.text.slice(start, end)\`: the loader refuses data where it does not.`,
  provenance: { article: (span) => span.source },
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: 'The article the span is in.', resolve: (e) => e.source }),
    start: t.exposeInt('start', { description: `Start offset (inclusive). ${OFFSETS_NOTE}` }),
    end: t.exposeInt('end', { description: `End offset (exclusive). ${OFFSETS_NOTE}` }),
    quote: t.string({ description: 'The exact text of the span.', resolve: (e) => e.quote }),
    prefix: t.string({ description: 'Up to 32 characters of text just before the span.', resolve: (e) => e.prefix }),
    suffix: t.string({ description: 'Up to 32 characters of text just after the span.', resolve: (e) => e.suffix }),
  }),
});
