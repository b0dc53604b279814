/**
 * Reading the W3C Web Annotation export as an annotation tool would: the
 * targets of an annotation, and each selector re-anchored in the article text
 * on its own (TextPositionSelector in Unicode code points, TextQuoteSelector by
 * searching for prefix + exact + suffix).
 */
import { expect } from 'vitest';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export interface Target {
  type: string;
  source: string;
  state?: { type: string; cached: string; sourceDate: string };
  selector: Array<TextQuoteSelector | TextPositionSelector>;
}
export interface Annotation {
  id: string;
  type: string;
  motivation: string;
  claim: string;
  body: { type: string; value: string; format: string; claimant: { key: string; name: string } | null; modality: string; topic: { key: string; question: string } | null; quantity: { value: number | null; unit: string | null } | null };
  target: Target | Target[];
}

export const targetsOf = (annotation: Annotation): Target[] => (Array.isArray(annotation.target) ? annotation.target : [annotation.target]);

/** The URL of the text the selectors select in: the cached state of an article URL, or the source itself. */
export const textUrlOf = (target: Target): string => target.state?.cached ?? target.source;

/**
 * Re-anchors both selectors of a target in `text` and checks they select the same words: returns the span in
 * code points. Fails the test when either does not anchor, or anchors ambiguously.
 */
export function reanchor(text: string, target: Target): { start: number; end: number; exact: string } {
  const quote = target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  expect(quote, 'a TextQuoteSelector').toBeDefined();
  expect(position, 'a TextPositionSelector').toBeDefined();
  const codePoints = [...text];
  expect(codePoints.slice(position!.start, position!.end).join('')).toBe(quote!.exact);
  const whole = quote!.prefix + quote!.exact + quote!.suffix;
  const at = text.indexOf(whole);
  expect(at, `"${whole}" is in the text`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(whole, at + 1), `"${whole}" occurs once`).toBe(-1);
  // The quote's place, counted in code points, is the position selector's.
  expect([...text.slice(0, at + quote!.prefix.length)].length).toBe(position!.start);
  return { start: position!.start, end: position!.end, exact: quote!.exact };
}
