/**
 * A new source's metadata from its file name, its text and what the person
 * ingesting it says (--publisher, --published-at, --url): slug, title,
 * publisher, publication date, byline, boilerplate. Pure functions; each
 * `...Basis` field says how the value is known, as the data format asks.
 */
import * as chrono from 'chrono-node';
import { basename, extname } from 'node:path';
import { selectorAt } from '../domain/anchor.js';
import type { SourceMeta } from '../domain/format.js';
import type { BoilerplateSpan } from './boilerplate.js';
import type { Sentence } from './sentences.js';
import { isoOf } from './text.js';

export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}

/** The slug of a file: its name without extension, lower-cased, every run of other characters made one "-". */
export function slugFromFileName(file: string): string {
  const name = basename(file, extname(file));
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '');
  if (!slug) throw new IngestError(`cannot make a slug from the file name "${basename(file)}": name the file with letters or digits (it becomes the source's id)`);
  return slug;
}

/** A real calendar date in YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return isoOf(y, m, d) === s;
}

/** The publication date a dateline or byline states ("Updated 11:01, 09-Feb-2020", "By AFP - Feb 12,2020"). */
export function datelineDate(text: string, boilerplate: BoilerplateSpan[]): { date: string; basis: string } | null {
  for (const b of boilerplate) {
    if (b.kind !== 'DATELINE' && b.kind !== 'BYLINE') continue;
    const quote = text.slice(b.start, b.end);
    // chrono does not read "09-Feb-2020"; make it "09 Feb 2020".
    const readable = quote.replace(/\b(\d{1,2})-([A-Za-z]{3,9})-(\d{4})\b/g, '$1 $2 $3').replace(/,(\d{4})\b/g, ', $1');
    for (const r of chrono.parse(readable)) {
      const c = r.start;
      if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
      const date = isoOf(c.get('year')!, c.get('month')!, c.get('day')!);
      const what = b.kind === 'DATELINE' ? 'dateline' : 'byline';
      return { date, basis: `Found in the text by ingest: the ${what} '${quote}'.` };
    }
  }
  return null;
}

/** The headline (the first line that reads as one), or a curator-style title made from the first sentence. */
export function titleOf(text: string, boilerplate: BoilerplateSpan[], body: Sentence[]): { title: string; titleBasis: 'HEADLINE' | 'CURATOR' } {
  // An agency's "HEADLINE:" or "TITLE:" field is the headline (its slug is not); a plain headline line otherwise.
  const headlines = boilerplate.filter((b) => b.kind === 'HEADLINE').map((b) => text.slice(b.start, b.end));
  const field = headlines.map((h) => /^(?:HEADLINE|TITLE)\s*:\s*(.+)$/i.exec(h)?.[1]?.trim()).find((h) => !!h);
  const plain = headlines.find((h) => !/^[A-Z][A-Z ']{1,20}:/.test(h));
  const headline = field ?? plain;
  if (headline) return { title: headline, titleBasis: 'HEADLINE' };
  const first = body[0]?.text ?? text.trim().split('\n')[0] ?? 'Untitled article';
  // Drop a closing attribution (", state media said.") and the full stop; keep at most 16 words.
  const core = first
    .replace(/,\s+[^,]{2,80}\s+(?:said|says|reported|told\s+\S+)\.?$/i, '')
    .replace(/[.!?…\s]+$/, '')
    .replace(/^["“']|["”']$/g, '');
  const words = core.split(/\s+/);
  const title = words.length > 16 ? `${words.slice(0, 16).join(' ')}…` : core;
  return { title: title.charAt(0).toUpperCase() + title.slice(1), titleBasis: 'CURATOR' };
}

export interface MetaInput {
  slug: string;
  text: string;
  sha256: string;
  boilerplate: BoilerplateSpan[];
  body: Sentence[];
  publisher?: string | undefined;
  publishedAt?: string | undefined;
  url?: string | undefined;
}

/** The SourceMeta record of a new source; throws IngestError when no publication date can be known. */
export function sourceMeta(input: MetaInput): SourceMeta {
  const { text, boilerplate } = input;
  let publishedAt: string;
  let publishedAtBasis: string;
  if (input.publishedAt !== undefined) {
    if (!isIsoDate(input.publishedAt)) throw new IngestError(`--published-at must be a date written YYYY-MM-DD, got "${input.publishedAt}"`);
    publishedAt = input.publishedAt;
    publishedAtBasis = 'Given to ingest with --published-at by the person who collected the article.';
  } else {
    const found = datelineDate(text, boilerplate);
    if (!found) {
      throw new IngestError(
        'no publication date: the text has no dateline ingest can read, and every claim\'s date is worked out from it. Give it with --published-at YYYY-MM-DD',
      );
    }
    publishedAt = found.date;
    publishedAtBasis = found.basis;
  }
  const publisher = input.publisher?.trim();
  const bylineSpan = boilerplate.find((b) => b.kind === 'BYLINE');
  const byline = bylineSpan ? text.slice(bylineSpan.start, bylineSpan.end).split(/\s+[-–—|]\s+/)[0]!.trim() : null;
  return {
    slug: input.slug,
    ...titleOf(text, boilerplate, input.body),
    publisher: publisher || 'Unknown',
    publisherBasis: publisher
      ? 'Given to ingest with --publisher by the person who collected the article.'
      : 'Not known: ingest was given no --publisher, and it does not guess an outlet from page furniture.',
    byline: byline || null,
    agencies: [],
    publishedAt,
    publishedAtBasis,
    url: input.url ?? null,
    language: 'en',
    sha256: input.sha256,
    boilerplate: boilerplate.map((b) => ({ kind: b.kind, selector: selectorAt(text, b.start, b.end), ...(b.note ? { note: b.note } : {}) })),
  };
}
