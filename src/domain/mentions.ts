/**
 * Mentions: every occurrence of an actor's or a place's alias in the articles.
 * There are far more of them than of any other record (every article names
 * Syria, the army, the Observatory...), so they are held as offsets in typed
 * arrays, per entity and per article, and become Spans only for the page a
 * query reads.
 */
import { Span, type EntityRecord, type Listing, type SourceRecord } from './records.js';

/** One article's mentions as found by the alias scan: [entity index, start, end] triples in text order. */
export type SourceMentions = Int32Array;

/** An entity's mentions as a list of Spans, made a slice at a time. */
class MentionList implements Listing<Span> {
  /** [source index, start, end] triples, by article slug then offset. */
  constructor(
    private readonly triples: Int32Array,
    private readonly sources: readonly SourceRecord[],
  ) {}

  get length(): number {
    return this.triples.length / 3;
  }

  slice(start = 0, end = this.length): Span[] {
    const from = Math.max(0, start);
    const to = Math.min(this.length, end);
    const spans: Span[] = [];
    for (let i = from; i < to; i++) spans.push(new Span(this.sources[this.triples[3 * i]!]!, this.triples[3 * i + 1]!, this.triples[3 * i + 2]!));
    return spans;
  }

  /** The articles the mentions are in, by slug (the triples are in slug order already). */
  articles(): SourceRecord[] {
    const out: SourceRecord[] = [];
    let last = -1;
    for (let i = 0; i < this.triples.length; i += 3) {
      const s = this.triples[i]!;
      if (s !== last) out.push(this.sources[(last = s)]!);
    }
    return out;
  }
}

export interface Mention {
  readonly span: Span;
  readonly entity: EntityRecord;
}

/** Every mention, by entity and by article. `sources` are sorted by slug; entity indexes follow `entities`. */
export class MentionIndex {
  private readonly byEntity: MentionList[];
  private readonly sourceIndex: Map<SourceRecord, number>;

  constructor(
    private readonly sources: readonly SourceRecord[],
    private readonly entities: readonly EntityRecord[],
    private readonly bySource: readonly SourceMentions[],
  ) {
    const counts = new Int32Array(entities.length);
    for (const found of bySource) for (let i = 0; i < found.length; i += 3) counts[found[i]!]!++;
    const triples = Array.from(counts, (n) => new Int32Array(3 * n));
    const filled = new Int32Array(entities.length);
    bySource.forEach((found, sourceIndex) => {
      for (let i = 0; i < found.length; i += 3) {
        const e = found[i]!;
        const at = 3 * filled[e]!++;
        triples[e]!.set([sourceIndex, found[i + 1]!, found[i + 2]!], at);
      }
    });
    this.byEntity = triples.map((t) => new MentionList(t, sources));
    this.sourceIndex = new Map(sources.map((s, i) => [s, i]));
  }

  /** The mentions of the entity at `index` in the entity list. */
  ofEntity(index: number): MentionList {
    return this.byEntity[index]!;
  }

  /** The mentions in one article, in text order. */
  inSource(source: SourceRecord): Mention[] {
    const found = this.bySource[this.sourceIndex.get(source)!]!;
    const out: Mention[] = [];
    for (let i = 0; i < found.length; i += 3) out.push({ entity: this.entities[found[i]!]!, span: new Span(source, found[i + 1]!, found[i + 2]!) });
    return out;
  }

  /** The raw scan, per article: what a snapshot stores. */
  get raw(): readonly SourceMentions[] {
    return this.bySource;
  }
}

export type { MentionList };
