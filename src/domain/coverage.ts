/**
 * Sentence coverage: how much of an article's body its claims account for.
 * Sentences come from Intl.Segmenter (sentence granularity, built into Node).
 * A sentence wholly inside a boilerplate span is not body; one marked as a
 * non-assertion is left out; a body sentence is covered when the claims'
 * evidence spans cover at least half of its characters.
 */
import type { SourceRecord } from './records.js';

export const COVERED_FRACTION = 0.5;

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface Coverage {
  slug: string;
  sentences: number;
  covered: number;
  percent: number;
  claims: number;
  uncovered: Sentence[];
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The text's sentences, trimmed of surrounding white space. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (body) out.push({ start: index + lead, end: index + lead + body.length, text: body });
  }
  return out;
}

function mask(length: number, spans: Array<{ start: number; end: number }>): Uint8Array {
  const m = new Uint8Array(length);
  for (const s of spans) m.fill(1, s.start, s.end);
  return m;
}

/** The share of a sentence's visible characters (white space aside) that a mask covers. */
function share(m: Uint8Array, text: string, s: Sentence): number {
  let covered = 0;
  let visible = 0;
  for (let i = s.start; i < s.end; i++) {
    if (/\s/.test(text[i]!)) continue;
    visible++;
    covered += m[i]!;
  }
  return visible ? covered / visible : 1;
}

export function coverageOf(source: SourceRecord): Coverage {
  const boilerplate = mask(source.text.length, source.boilerplate.map((b) => b.span));
  const marked = mask(source.text.length, source.nonAssertions.map((n) => n.span));
  const evidence = mask(source.text.length, source.claims.flatMap((c) => c.evidence));
  const body = sentencesOf(source.text).filter((s) => share(boilerplate, source.text, s) < 1 && share(marked, source.text, s) < COVERED_FRACTION);
  const uncovered = body.filter((s) => share(evidence, source.text, s) < COVERED_FRACTION);
  const covered = body.length - uncovered.length;
  return {
    slug: source.slug,
    sentences: body.length,
    covered,
    percent: body.length ? Math.floor((1000 * covered) / body.length) / 10 : 100,
    claims: source.claims.length,
    uncovered,
  };
}
