/**
 * An article's anchors, all kinds together and sorted by offset, so a
 * frontend can render highlights without any text processing of its own.
 */
import type { Mention } from './mentions.js';
import type { ClaimRecord, EntityRecord, SourceRecord, Span } from './records.js';

export const ANNOTATION_KINDS = ['CLAIM', 'MENTION', 'QUANTITY', 'DATE', 'BOILERPLATE', 'NON_ASSERTION'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export interface AnnotationRecord {
  readonly kind: AnnotationKind;
  readonly span: Span;
  readonly claim: ClaimRecord | null;
  readonly entity: EntityRecord | null;
  /** The boilerplate kind, or a non-assertion's reason. */
  readonly label: string | null;
}

/** Every anchor of an article, by start, then end, then kind. */
export function annotationsOf(source: SourceRecord, mentions: readonly Mention[]): AnnotationRecord[] {
  const out: AnnotationRecord[] = [];
  const add = (kind: AnnotationKind, span: Span, claim: ClaimRecord | null = null, entity: EntityRecord | null = null, label: string | null = null) =>
    out.push({ kind, span, claim, entity, label });
  for (const claim of source.claims) {
    for (const span of claim.evidence) add('CLAIM', span, claim);
    if (claim.quantity) add('QUANTITY', claim.quantity.evidence, claim);
    if (claim.time?.evidence) add('DATE', claim.time.evidence, claim);
  }
  for (const { span, entity } of mentions) add('MENTION', span, null, entity);
  for (const b of source.boilerplate) add('BOILERPLATE', b.span, null, null, b.kind);
  for (const n of source.nonAssertions) add('NON_ASSERTION', n.span, null, null, n.reason);
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}
