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
    readonly triples: Int32Array,
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

const compareSlugs = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface Mention {
  readonly span: Span;
  readonly entity: EntityRecord;
}

/**
 * Every mention, by entity and by article. Entity indexes follow `entities`. Sources are numbered in slug
 * order at load; an article added later (a curation write) is numbered after them, and the entity lists
 * it changes are re-sorted by slug.
 */
export class MentionIndex {
  private readonly byEntity: MentionList[];
  private readonly sourceIndex: Map<SourceRecord, number>;
  private readonly entityIndex: Map<EntityRecord, number>;
  private readonly sources: SourceRecord[];
  private readonly entities: EntityRecord[];
  private readonly bySource: SourceMentions[];

  constructor(sources: readonly SourceRecord[], entities: readonly EntityRecord[], bySource: readonly SourceMentions[]) {
    this.sources = [...sources];
    this.entities = [...entities];
    this.bySource = [...bySource];
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
    this.byEntity = triples.map((t) => new MentionList(t, this.sources));
    this.sourceIndex = new Map(sources.map((s, i) => [s, i]));
    this.entityIndex = new Map(entities.map((e, i) => [e, i]));
  }

  /** The index of an entity, added (with no mentions yet) when new. */
  entityNumber(entity: EntityRecord): number {
    let at = this.entityIndex.get(entity);
    if (at === undefined) {
      at = this.entities.length;
      this.entities.push(entity);
      this.entityIndex.set(entity, at);
      this.byEntity.push(new MentionList(new Int32Array(0), this.sources));
    }
    return at;
  }

  /**
   * Sets the mentions of some articles (new ones are added): [entity, start, end] triples as `scan` makes
   * them, entities by `entityNumber`. Returns the entities whose mentions changed.
   */
  setSources(found: ReadonlyMap<SourceRecord, SourceMentions>): Set<EntityRecord> {
    const changed = new Map<number, number>();
    for (const [source, triples] of found) {
      let s = this.sourceIndex.get(source);
      if (s === undefined) {
        s = this.sources.length;
        this.sources.push(source);
        this.bySource.push(new Int32Array(0));
        this.sourceIndex.set(source, s);
      }
      for (const list of [this.bySource[s]!, triples]) for (let i = 0; i < list.length; i += 3) changed.set(list[i]!, 1);
      this.bySource[s] = triples;
    }
    const rewritten = new Set([...found.keys()].map((source) => this.sourceIndex.get(source)!));
    for (const e of changed.keys()) {
      const kept: number[] = [];
      const old = this.byEntity[e]!.triples;
      for (let i = 0; i < old.length; i += 3) if (!rewritten.has(old[i]!)) kept.push(old[i]!, old[i + 1]!, old[i + 2]!);
      for (const s of rewritten) {
        const list = this.bySource[s]!;
        for (let i = 0; i < list.length; i += 3) if (list[i] === e) kept.push(s, list[i + 1]!, list[i + 2]!);
      }
      const order = Array.from({ length: kept.length / 3 }, (_, i) => i).sort(
        (a, b) => compareSlugs(this.sources[kept[3 * a]!]!.slug, this.sources[kept[3 * b]!]!.slug) || kept[3 * a + 1]! - kept[3 * b + 1]!,
      );
      this.byEntity[e] = new MentionList(Int32Array.from(order.flatMap((i) => [kept[3 * i]!, kept[3 * i + 1]!, kept[3 * i + 2]!])), this.sources);
    }
    return new Set([...changed.keys()].map((e) => this.entities[e]!));
  }

  /** The mentions of the entity at `index` in the entity list. */
  ofEntity(index: number): MentionList {
    return this.byEntity[index]!;
  }

  /** The mentions in one article, in text order. */
  inSource(source: SourceRecord): Mention[] {
    const found = this.bySource[this.sourceIndex.get(source)!] ?? new Int32Array(0);
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
