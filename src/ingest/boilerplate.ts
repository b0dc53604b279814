/**
 * Page boilerplate: text of the page that is not article body. Lines are
 * classified by what they are (navigation, datelines, bylines, captions,
 * comment forms, notices, subheadings...) and lines printed more than once
 * are marked as the captions they almost always are, every copy after the
 * first with a note. The result uses the data format's BoilerplateKind.
 */
import type { BoilerplateKind } from '../domain/format.js';
import { trimSpan, type Span } from './text.js';

export interface BoilerplateSpan extends Span {
  kind: BoilerplateKind;
  note?: string;
}

interface Line extends Span {
  text: string;
  /** The line stands alone: a blank line (or the text's edge) before and after it. */
  standalone: boolean;
}

const NAVIGATION = /^(?:accessibility links|breaking news|you are here|skip to (?:main )?content|main menu|menu|home|search|sign in|log in|subscribe|latest news|most read|related (?:stories|articles))$/i;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}-${MONTH}-\\d{4}|${MONTH} \\d{1,2},\\s?\\d{4}|\\d{1,2} ${MONTH} \\d{4})`;
const DATELINE = new RegExp(`\\b(?:date|updated|published|posted|last updated(?: at| on)?)\\s*:?\\s*(?:\\d{1,2}:\\d{2}(?:\\s?[ap]m)?,?\\s*)?${DATE}(?:,?\\s*\\d{1,2}:\\d{2}(?:\\s?[ap]m)?)?`, 'gi');
const BARE_DATE_LINE = new RegExp(`^(?:[A-Z][a-z]+day,?\\s*)?${DATE}(?:,?\\s*\\d{1,2}:\\d{2}(?:\\s?[ap]m)?(?:\\s?[A-Z]{2,4})?)?$`, 'i');
const ADVERTISEMENT = /\b(?:advertisement|sponsored content)\b/gi;
const BYLINE = /^By\s+\p{Lu}/u;
const COMMENT_START = /^(?:add new comment|add a comment|leave a comment|post a comment|leave a reply|comments?)$/i;
const COMMENT_FORM = /this question is for testing whether|solve this simple math problem|^e\.g\. for\b|^\d+\s*[-+x*×]\s*\d+\s*=\s*$|^(?:name|e-?mail|website|comment|submit|post comment)\s*\*?$/i;
const SOCIAL = /\b\d+ users? ha(?:ve|s) voted\b|^share (?:this|on)\b|^follow us\b|emailed to you|\bnewsletter\b|^sign up for\b|^(?:facebook|twitter|whatsapp|telegram|linkedin)$/i;
const TRANSLATION = /^(?:powered by automated translation|this (?:article|story|text) (?:was|has been) (?:automatically |machine[- ])?translated|(?:automatically |machine[- ])?translated by)\b/i;
const CREDIT = /^\((?:with input from|reporting by|additional reporting|writing by|editing by|source)\b[^)]*\)$|^(?:reporting by|additional reporting by|editing by|writing by)\b/i;
const VIDEO = /^video\s*:/i;
const CAPTION = /\/\s?(?:AP|AFP|Reuters|EPA|Getty Images|Xinhua|Anadolu)(?:\s+Photo)?\s*$|\((?:AFP|AP|Reuters|EPA|Getty)\s+(?:photo|image)\)|\bPhoto(?:graph)?\s*:\s|\([^()]*\bvia (?:AP|AFP|Reuters)\)|\bphoto credit\b|^In this (?:photo|image|picture|file photo)\b|^A screenshot\b|\b(?:file photo|photo released)\b/i;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const endsLikeProse = (s: string) => /[.!?…:;,]$/.test(s.replace(/['"”’)\]]+$/, ''));
const startsUpper = (s: string) => /^['"“‘(]?\p{Lu}/u.test(s);

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const raw = text.split('\n');
  raw.forEach((line, i) => {
    const span = trimSpan(text, { start, end: start + line.length });
    start += line.length + 1;
    if (span.end <= span.start) return;
    const blankBefore = i === 0 || raw[i - 1]!.trim() === '';
    const blankAfter = i === raw.length - 1 || raw[i + 1]!.trim() === '';
    lines.push({ ...span, text: text.slice(span.start, span.end), standalone: blankBefore && blankAfter });
  });
  return lines;
}

/** A line that reads as a headline: a few capitalised words, not ending as prose does. */
export function headlineLike(line: string, minWords = 3): boolean {
  const n = words(line);
  return n >= minWords && n <= 25 && startsUpper(line) && !/[.;,:]$/.test(line) && !CAPTION.test(line);
}

export function detectBoilerplate(text: string): BoilerplateSpan[] {
  const lines = linesOf(text);
  const out: BoilerplateSpan[] = [];
  const seen = new Map<string, number>();
  const count = new Map<string, number>();
  const normal = (s: string) => s.replace(/\s+/g, ' ');
  for (const l of lines) count.set(normal(l.text), (count.get(normal(l.text)) ?? 0) + 1);

  let bodyStarted = false;
  let headline: Line | null = null;
  let previousClassified: BoilerplateKind | null = null;
  let inCommentForm = false;
  for (const [i, line] of lines.entries()) {
    const t = line.text;
    const mark = (kind: BoilerplateKind, span: Span = line, note?: string) => out.push({ kind, start: span.start, end: span.end, ...(note ? { note } : {}) });
    let kind: BoilerplateKind | null = null;

    // A header line made only of datelines and advertisement markers ("date 2020-02-08 Advertisement").
    const parts: Array<{ kind: BoilerplateKind; span: Span }> = [];
    for (const m of t.matchAll(DATELINE)) parts.push({ kind: 'DATELINE', span: { start: line.start + m.index, end: line.start + m.index + m[0].length } });
    for (const m of t.matchAll(ADVERTISEMENT)) parts.push({ kind: 'ADVERTISEMENT', span: { start: line.start + m.index, end: line.start + m.index + m[0].length } });
    let rest = t;
    for (const p of parts) rest = rest.replace(text.slice(p.span.start, p.span.end), '');
    const repeated = (count.get(normal(t)) ?? 0) > 1 && words(t) >= 3;

    if (parts.length && !/[\p{L}\p{N}]/u.test(rest)) {
      for (const p of parts.sort((a, b) => a.span.start - b.span.start)) mark(p.kind, p.span);
      previousClassified = parts[0]!.kind;
      continue;
    }
    if (COMMENT_START.test(t)) inCommentForm = true;
    if (inCommentForm && (COMMENT_START.test(t) || COMMENT_FORM.test(t))) {
      const last = out[out.length - 1];
      if (last?.kind === 'COMMENT_FORM' && previousClassified === 'COMMENT_FORM') last.end = line.end;
      else mark('COMMENT_FORM');
      previousClassified = 'COMMENT_FORM';
      continue;
    }
    inCommentForm = false;

    if (NAVIGATION.test(t)) kind = 'NAVIGATION';
    else if (COMMENT_FORM.test(t)) kind = 'COMMENT_FORM';
    else if (SOCIAL.test(t)) kind = 'SOCIAL';
    else if (TRANSLATION.test(t)) kind = 'TRANSLATION_NOTICE';
    else if (CREDIT.test(t)) kind = 'CREDIT_LINE';
    else if (BYLINE.test(t) && words(t) <= 16) kind = 'BYLINE';
    else if (BARE_DATE_LINE.test(t) || (parts.some((p) => p.kind === 'DATELINE') && words(t) <= 8)) kind = 'DATELINE';
    else if (VIDEO.test(t)) kind = 'VIDEO_CAPTION';
    else if (CAPTION.test(t) || repeated) kind = 'PHOTO_CAPTION';

    if (kind) {
      const key = normal(t);
      const copies = seen.get(key) ?? 0;
      seen.set(key, copies + 1);
      const note = copies > 0 ? (kind === 'VIDEO_CAPTION' ? 'The same video title printed a second time.' : 'The same caption printed a second time.') : undefined;
      mark(kind, line, note);
      previousClassified = kind;
      continue;
    }

    if (!bodyStarted && !headline && headlineLike(t)) {
      headline = line;
      mark('HEADLINE');
      previousClassified = 'HEADLINE';
      continue;
    }
    if (!bodyStarted && previousClassified === 'HEADLINE' && headline && headlineLike(t, 6)) {
      mark('STANDFIRST');
      previousClassified = 'STANDFIRST';
      continue;
    }
    if (!bodyStarted && words(t) <= 3 && !endsLikeProse(t) && t.length <= 30) {
      // A lone name in the page header ("CGTN"): the outlet's or agency's credit.
      mark('CREDIT_LINE');
      previousClassified = 'CREDIT_LINE';
      continue;
    }
    if (bodyStarted && line.standalone && words(t) <= 14 && !endsLikeProse(t) && startsUpper(t) && i < lines.length) {
      mark('SUBHEADING');
      previousClassified = 'SUBHEADING';
      continue;
    }
    bodyStarted = true;
    previousClassified = null;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether every visible character of a span lies inside boilerplate (one span or several: "date 2020-02-08 Advertisement"). */
export function inBoilerplate(text: string, boilerplate: Span[], span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    if (/\s/.test(text[i]!)) continue;
    if (!boilerplate.some((b) => b.start <= i && i < b.end)) return false;
  }
  return true;
}
