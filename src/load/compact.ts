/**
 * A checked data folder in compact form: what linking reads, and what a
 * snapshot stores. The many records (claims, events, topics, spans) are held
 * as columns (typed arrays and lists of strings, entities and enums as
 * indexes, dates as day numbers), so a million claims are a few dozen arrays
 * rather than millions of objects, and a snapshot reads back fast.
 */
import { dayNumber } from '../domain/agreement.js';
import {
  Attribution,
  BoilerplateKind,
  Curation,
  EventRole,
  EventSubType,
  EventType,
  ExpectedChange,
  Modality,
  Precision,
  Qualifier,
  ValueKind,
  type Actor,
  type Claim,
  type Event,
  type Place,
  type SourceMeta,
  type Topic,
} from '../domain/format.js';

/** The values of each enum column, by index. */
export const ENUMS = {
  attribution: Attribution.options,
  modality: Modality.options,
  curation: Curation.options,
  qualifier: Qualifier.options,
  precision: Precision.options,
  boilerplate: BoilerplateKind.options,
  eventType: EventType.options,
  eventSubType: EventSubType.options,
  role: EventRole.options,
  valueKind: ValueKind.options,
  expectedChange: ExpectedChange.options,
  agreement: ['AGREE', 'APPROXIMATE', 'CONFLICT', 'EVOLVING', 'SINGLE_SOURCE'],
} as const;

/** Lists of lists as one array of items and the start of each list (compressed sparse rows). */
export interface Rows {
  /** Start of row i in `items`; one more entry than rows. */
  readonly starts: Int32Array;
  readonly items: Int32Array;
}

export interface CompactSources {
  /** Metadata without the boilerplate (held in columns below). */
  readonly metas: ReadonlyArray<Omit<SourceMeta, 'boilerplate'>>;
  readonly texts: readonly string[];
  /** Per source: boilerplate spans as [start, end] pairs, their kinds and notes (null for none). */
  readonly boilerplate: Rows;
  readonly boilerplateKinds: Uint8Array;
  readonly boilerplateNotes: ReadonlyArray<string | null>;
  /** Per source: non-assertions as [start, end] pairs, and their reasons. */
  readonly nonAssertions: Rows;
  readonly nonAssertionReasons: readonly string[];
}

export interface CompactClaims {
  /** The article of each claim (index into sources), claims in article order then file order. */
  readonly source: Int32Array;
  readonly keys: readonly string[];
  readonly statements: readonly string[];
  readonly attribution: Uint8Array;
  readonly modality: Uint8Array;
  readonly curation: Uint8Array;
  /** Entity references as indexes into actors, places, events; topic -1 when none. */
  readonly claimants: Rows;
  readonly actors: Rows;
  readonly places: Rows;
  readonly events: Rows;
  readonly topic: Int32Array;
  /** Categorical answers, null when none. */
  readonly answers: ReadonlyArray<string | null>;
  /** Evidence as [start, end] pairs. */
  readonly evidence: Rows;
  /** Quantities: -1, or the index of the claim's quantity in the columns below. */
  readonly quantity: Int32Array;
  readonly quantityValues: Float64Array;
  readonly quantityUnits: readonly string[];
  readonly quantityQualifiers: Uint8Array;
  readonly quantityWords: readonly string[];
  /** Times: -1, or the index of the claim's time; dates as day numbers. */
  readonly time: Int32Array;
  readonly timeStarts: Int32Array;
  readonly timeEnds: Int32Array;
  readonly timePrecisions: Uint8Array;
  readonly timeWords: ReadonlyArray<string | null>;
  /** The suggestions of each claim as their JSON, null for none (most claims: only AUTO ones carry them). */
  readonly suggestions: ReadonlyArray<string | null>;
}

export interface CompactEvents {
  readonly keys: readonly string[];
  readonly titles: readonly string[];
  readonly descriptions: readonly string[];
  readonly types: Uint8Array;
  readonly subTypes: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly precisions: Uint8Array;
  readonly places: Rows;
  /** Actors as indexes, and their roles alongside (same rows). */
  readonly actors: Rows;
  readonly roles: Uint8Array;
}

export interface CompactTopics {
  readonly keys: readonly string[];
  readonly questions: readonly string[];
  readonly measures: readonly string[];
  readonly units: ReadonlyArray<string | null>;
  readonly populations: readonly string[];
  readonly timeframes: readonly string[];
  readonly valueKinds: Uint8Array;
  readonly expectedChanges: Uint8Array;
}

export interface CompactData {
  readonly version: string;
  /** Sources in slug order. */
  readonly sources: CompactSources;
  readonly claims: CompactClaims;
  readonly actors: readonly Actor[];
  readonly places: readonly Place[];
  readonly events: CompactEvents;
  readonly topics: CompactTopics;
}

const DAY_MS = 86_400_000;
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A growable Int32 column. */
class IntColumn {
  private data = new Int32Array(256);
  length = 0;
  push(value: number) {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Rows built one row at a time. */
export class RowsBuilder {
  private readonly starts = new IntColumn();
  private readonly items = new IntColumn();
  constructor() {
    this.starts.push(0);
  }
  row(items: Iterable<number>) {
    for (const item of items) this.items.push(item);
    this.starts.push(this.items.length);
  }
  done(): Rows {
    return { starts: this.starts.done(), items: this.items.done() };
  }
}

const indexIn = <T extends string>(values: readonly T[]) => {
  const index = new Map<string, number>(values.map((v, i) => [v, i]));
  return (value: string) => index.get(value)!;
};

/** The references a checked article's claims make, resolved to indexes by the checker. */
export interface ResolvedReferences {
  actor(key: string): number;
  place(key: string): number;
  event(key: string): number;
  topic(key: string): number;
}

/** Builds the compact form article by article (each already checked), then entities. */
export class CompactBuilder {
  private readonly metas: Array<Omit<SourceMeta, 'boilerplate'>> = [];
  private readonly texts: string[] = [];
  private readonly boilerplate = new RowsBuilder();
  private readonly boilerplateKinds = new IntColumn();
  private readonly boilerplateNotes: Array<string | null> = [];
  private readonly nonAssertions = new RowsBuilder();
  private readonly nonAssertionReasons: string[] = [];
  private readonly claims = {
    source: new IntColumn(),
    keys: [] as string[],
    statements: [] as string[],
    attribution: new IntColumn(),
    modality: new IntColumn(),
    curation: new IntColumn(),
    claimants: new RowsBuilder(),
    actors: new RowsBuilder(),
    places: new RowsBuilder(),
    events: new RowsBuilder(),
    topic: new IntColumn(),
    answers: [] as Array<string | null>,
    evidence: new RowsBuilder(),
    quantity: new IntColumn(),
    quantityValues: [] as number[],
    quantityUnits: [] as string[],
    quantityQualifiers: new IntColumn(),
    quantityWords: [] as string[],
    time: new IntColumn(),
    timeStarts: new IntColumn(),
    timeEnds: new IntColumn(),
    timePrecisions: new IntColumn(),
    timeWords: [] as Array<string | null>,
    suggestions: [] as Array<string | null>,
  };
  private readonly enum = {
    attribution: indexIn(ENUMS.attribution),
    modality: indexIn(ENUMS.modality),
    curation: indexIn(ENUMS.curation),
    qualifier: indexIn(ENUMS.qualifier),
    precision: indexIn(ENUMS.precision),
    boilerplate: indexIn(ENUMS.boilerplate),
  };

  /** Adds one checked article, its claims' references resolved. Articles must come in slug order. */
  addArticle(meta: SourceMeta, text: string, claims: readonly Claim[], nonAssertions: ReadonlyArray<{ selector: { start: number; end: number }; reason: string }>, refs: ResolvedReferences): void {
    const sourceIndex = this.metas.length;
    const { boilerplate, ...rest } = meta;
    this.metas.push(rest);
    this.texts.push(text);
    this.boilerplate.row(boilerplate.flatMap((b) => [b.selector.start, b.selector.end]));
    for (const b of boilerplate) {
      this.boilerplateKinds.push(this.enum.boilerplate(b.kind));
      this.boilerplateNotes.push(b.note ?? null);
    }
    this.nonAssertions.row(nonAssertions.flatMap((n) => [n.selector.start, n.selector.end]));
    for (const n of nonAssertions) this.nonAssertionReasons.push(n.reason);
    const c = this.claims;
    for (const claim of claims) {
      c.source.push(sourceIndex);
      c.keys.push(claim.key);
      c.statements.push(claim.statement);
      c.attribution.push(this.enum.attribution(claim.attribution));
      c.modality.push(this.enum.modality(claim.modality));
      c.curation.push(this.enum.curation(claim.curation));
      c.claimants.row(claim.claimants.map(refs.actor));
      c.actors.row(claim.actors.map(refs.actor));
      c.places.row(claim.places.map(refs.place));
      c.events.row(claim.events.map(refs.event));
      c.topic.push(claim.topic ? refs.topic(claim.topic) : -1);
      c.answers.push(claim.answer ?? null);
      c.evidence.row(claim.evidence.flatMap((s) => [s.start, s.end]));
      if (claim.quantity) {
        c.quantity.push(c.quantityValues.length);
        c.quantityValues.push(claim.quantity.value);
        c.quantityUnits.push(claim.quantity.unit);
        c.quantityQualifiers.push(this.enum.qualifier(claim.quantity.qualifier));
        c.quantityWords.push(claim.quantity.words);
      } else c.quantity.push(-1);
      if (claim.time) {
        c.time.push(c.timeWords.length);
        c.timeStarts.push(dayNumber(claim.time.start));
        c.timeEnds.push(dayNumber(claim.time.end));
        c.timePrecisions.push(this.enum.precision(claim.time.precision));
        c.timeWords.push(claim.time.words ?? null);
      } else c.time.push(-1);
      c.suggestions.push(claim.suggestions.length ? JSON.stringify(claim.suggestions) : null);
    }
  }

  done(version: string, entities: { actors: readonly Actor[]; places: readonly Place[]; events: readonly Event[]; topics: readonly Topic[] }, eventRefs: Pick<ResolvedReferences, 'actor' | 'place'>): CompactData {
    const c = this.claims;
    const u8 = (column: IntColumn) => Uint8Array.from(column.done());
    return {
      version,
      sources: {
        metas: this.metas,
        texts: this.texts,
        boilerplate: this.boilerplate.done(),
        boilerplateKinds: u8(this.boilerplateKinds),
        boilerplateNotes: this.boilerplateNotes,
        nonAssertions: this.nonAssertions.done(),
        nonAssertionReasons: this.nonAssertionReasons,
      },
      claims: {
        source: c.source.done(),
        keys: c.keys,
        statements: c.statements,
        attribution: u8(c.attribution),
        modality: u8(c.modality),
        curation: u8(c.curation),
        claimants: c.claimants.done(),
        actors: c.actors.done(),
        places: c.places.done(),
        events: c.events.done(),
        topic: c.topic.done(),
        answers: c.answers,
        evidence: c.evidence.done(),
        quantity: c.quantity.done(),
        quantityValues: Float64Array.from(c.quantityValues),
        quantityUnits: c.quantityUnits,
        quantityQualifiers: u8(c.quantityQualifiers),
        quantityWords: c.quantityWords,
        time: c.time.done(),
        timeStarts: c.timeStarts.done(),
        timeEnds: c.timeEnds.done(),
        timePrecisions: u8(c.timePrecisions),
        timeWords: c.timeWords,
        suggestions: c.suggestions,
      },
      actors: entities.actors,
      places: entities.places,
      events: compactEvents(entities.events, eventRefs),
      topics: compactTopics(entities.topics),
    };
  }
}

function compactEvents(events: readonly Event[], refs: Pick<ResolvedReferences, 'actor' | 'place'>): CompactEvents {
  const places = new RowsBuilder();
  const actors = new RowsBuilder();
  const type = indexIn(ENUMS.eventType);
  const subType = indexIn(ENUMS.eventSubType);
  const precision = indexIn(ENUMS.precision);
  const role = indexIn(ENUMS.role);
  for (const e of events) {
    places.row(e.places.map(refs.place));
    actors.row(e.actors.map((a) => refs.actor(a.actor)));
  }
  return {
    keys: events.map((e) => e.key),
    titles: events.map((e) => e.title),
    descriptions: events.map((e) => e.description),
    types: Uint8Array.from(events, (e) => type(e.type)),
    subTypes: Uint8Array.from(events, (e) => subType(e.subType)),
    starts: Int32Array.from(events, (e) => dayNumber(e.date.start)),
    ends: Int32Array.from(events, (e) => dayNumber(e.date.end)),
    precisions: Uint8Array.from(events, (e) => precision(e.date.precision)),
    places: places.done(),
    actors: actors.done(),
    roles: Uint8Array.from(events.flatMap((e) => e.actors.map((a) => role(a.role)))),
  };
}

function compactTopics(topics: readonly Topic[]): CompactTopics {
  const valueKind = indexIn(ENUMS.valueKind);
  const expectedChange = indexIn(ENUMS.expectedChange);
  return {
    keys: topics.map((t) => t.key),
    questions: topics.map((t) => t.question),
    measures: topics.map((t) => t.measure),
    units: topics.map((t) => t.unit),
    populations: topics.map((t) => t.population),
    timeframes: topics.map((t) => t.timeframe),
    valueKinds: Uint8Array.from(topics, (t) => valueKind(t.valueKind)),
    expectedChanges: Uint8Array.from(topics, (t) => expectedChange(t.expectedChange)),
  };
}
