/**
 * Evidence: a span of an article, the unit of provenance. Every claim, event,
 * topic, actor and place reaches its spans through it, and a returned Evidence
 * counts its article in `extensions.provenance`.
 */
import { builder } from '../builder.js';
import { EvidenceRef, SourceRef } from './refs.js';

export const OFFSETS_NOTE = 'Offsets are JavaScript string indices (UTF-16 code units) into `Source.text`.';

EvidenceRef.implement({
  description: `An exact span of an article's text, after the W3C Web Annotation model (TextPositionSelector + TextQuoteSelector). ${OFFSETS_NOTE} \`quote\` always equals \`source.text.slice(start, end)\`: the loader refuses data where it does not.`,
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: 'The article the span is in.', resolve: (e) => e.source }),
    start: t.int({ description: `Start offset (inclusive). ${OFFSETS_NOTE}`, resolve: (e) => e.selector.start }),
    end: t.int({ description: `End offset (exclusive). ${OFFSETS_NOTE}`, resolve: (e) => e.selector.end }),
    quote: t.string({ description: 'The exact text of the span.', resolve: (e) => e.selector.quote }),
    prefix: t.string({ description: 'Up to 32 characters of text just before the span.', resolve: (e) => e.selector.prefix }),
    suffix: t.string({ description: 'Up to 32 characters of text just after the span.', resolve: (e) => e.selector.suffix }),
  }),
});
