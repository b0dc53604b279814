/**
 * The provenance viewer (/viewer): pick a topic or an event, compare its claims
 * side by side, click one to read its article with the claim's words marked and
 * the page boilerplate greyed.
 *
 * Plain TypeScript and DOM. It speaks only to the public /graphql endpoint, with
 * the typed documents codegen generates from examples/operations/viewer.graphql,
 * sent by their trusted document id over GET (so a proxy can cache the answers,
 * and a server that runs only trusted documents answers them).
 * Article text only ever reaches the page as DOM text nodes, never as HTML.
 * Curator mode (/viewer#review, src/viewer/review.ts) reviews an article's
 * machine-made claims through the curation mutations.
 * `npm run build` (scripts/build-viewer.mjs) bundles it into dist/viewer/app.js.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ViewerArticleDocument,
  ViewerEventDocument,
  ViewerEventsDocument,
  ViewerTopicDocument,
  ViewerTopicsDocument,
  type Agreement,
  type Modality,
  type Qualifier,
  type ViewerArticleQuery,
  type ViewerEventsQuery,
  type ViewerTopicQuery,
  type ViewerTopicsQuery,
} from '../generated/graphql.js';
import { query, RequestError } from './api.js';
import { byId, el } from './dom.js';
import { curatorMode } from './review.js';

// ---------------------------------------------------------------------------
// Requests

/**
 * Sends a typed document to /graphql by its id; resolves with its typed data, or throws on any error.
 * `pages`, shared by the requests for the pages of one list, makes the provenance shown that of
 * every page so far (the slugs in the order first seen), not only of the last one.
 */
async function request<R, V>(document: TypedDocumentNode<R, V>, variables: V, pages?: Set<string>): Promise<R> {
  return (await query(document, variables, { onProvenance: (provenance) => showProvenance(provenance, pages) })).data;
}

const picker = byId<HTMLSelectElement>('picker');
const errorsBox = byId<HTMLDivElement>('errors');
const selectionBox = byId<HTMLDivElement>('selection');
const claimsTable = byId<HTMLTableElement>('claims');
const articleBox = byId<HTMLElement>('article');
const provenanceBox = byId<HTMLElement>('provenance');
const layout = byId<HTMLElement>('layout');
const pickerLabel = byId<HTMLLabelElement>('picker-label');

function showError(error: unknown): void {
  const lines = error instanceof RequestError ? error.details.map((d) => `${error.operation}: ${d}`) : [error instanceof Error ? error.message : String(error)];
  errorsBox.replaceChildren(el('strong', {}, 'The API answered with an error'), el('ul', {}, ...lines.map((line) => el('li', {}, line))));
  errorsBox.hidden = false;
}

function clearErrors(): void {
  errorsBox.replaceChildren();
  errorsBox.hidden = true;
}

function showProvenance(provenance: unknown, pages?: Set<string>): void {
  if (!provenance || typeof provenance !== 'object') return;
  const { sources, dataVersion } = provenance as { sources?: unknown; dataVersion?: unknown };
  let slugs = Array.isArray(sources) ? sources.map((s) => (s && typeof s === 'object' ? String((s as { slug?: unknown }).slug) : '')).filter(Boolean) : [];
  if (pages) {
    for (const slug of slugs) pages.add(slug);
    slugs = [...pages];
  }
  const version = typeof dataVersion === 'string' ? dataVersion : '';
  provenanceBox.replaceChildren(
    el('span', { class: 'label' }, 'Provenance of the last answer'),
    ' sources: ',
    slugs.length ? el('span', { class: 'slugs' }, ...slugs.flatMap((slug, i) => [i ? ', ' : '', el('code', { class: 'slug' }, slug)])) : el('em', {}, 'none'),
    ' · dataVersion ',
    el('code', { class: 'data-version', title: version }, version.slice(0, 12) + (version.length > 12 ? '…' : '')),
  );
  provenanceBox.dataset.sources = slugs.join(' ');
  provenanceBox.dataset.dataVersion = version;
}

// ---------------------------------------------------------------------------
// Formatting

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const fmt = (n: number): string => numberFormat.format(n);

const AGREEMENT_HELP: Record<Agreement, string> = {
  AGREE: 'Every source gives the same value.',
  APPROXIMATE: 'The values differ but their ranges overlap.',
  CONFLICT: 'Some values cannot both be true: disjoint ranges for the same time.',
  EVOLVING: 'Values differ for different times, consistently with a change.',
  SINGLE_SOURCE: 'Only one article answers: nothing to compare yet.',
};

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  APPROXIMATELY: 'about',
  AT_LEAST: 'at least',
  AT_MOST: 'at most',
  A_FEW: 'a few',
  DOZENS_OF: 'dozens',
  EXACT: '',
  HUNDREDS_OF: 'hundreds',
  LESS_THAN: 'less than',
  MORE_THAN: 'more than',
  NEARLY: 'nearly',
  SCORES_OF: 'scores',
  THOUSANDS_OF: 'thousands',
};
const VAGUE: ReadonlySet<Qualifier> = new Set(['A_FEW', 'DOZENS_OF', 'HUNDREDS_OF', 'SCORES_OF', 'THOUSANDS_OF']);

function unitLabel(unit: string | null | undefined, value: number): string {
  if (!unit) return '';
  if (unit === 'percent') return '%';
  if (unit === 'km2') return ' km²';
  if (unit === 'km') return ' km';
  if (unit === 'person') return value === 1 ? ' person' : ' people';
  return value === 1 ? ` ${unit}` : ` ${unit}s`;
}

function formatValue(value: number, qualifier: Qualifier | null | undefined, unit: string | null | undefined): string {
  const q = qualifier ?? 'EXACT';
  if (VAGUE.has(q)) return `${QUALIFIER_WORDS[q]} (${fmt(value)})${unitLabel(unit, 2)}`;
  const words = QUALIFIER_WORDS[q];
  return `${words ? `${words} ` : ''}${fmt(value)}${unitLabel(unit, value)}`;
}

function formatBounds(low: number | null | undefined, high: number | null | undefined): string | null {
  const hasLow = typeof low === 'number';
  const hasHigh = typeof high === 'number';
  if (hasLow && hasHigh) return low === high ? null : `range ${fmt(low)}–${fmt(high)}`;
  if (hasLow) return `range ≥ ${fmt(low)}`;
  if (hasHigh) return `range ≤ ${fmt(high)}`;
  return null;
}

const formatRange = (start: string, end: string): string => (start === end ? start : `${start} – ${end}`);

// ---------------------------------------------------------------------------
// State

type TopicSummary = ViewerTopicsQuery['topics']['nodes'][number];
type EventSummary = ViewerEventsQuery['events']['nodes'][number];
type Article = NonNullable<ViewerArticleQuery['source']>;
type TopicNode = Extract<NonNullable<ViewerTopicQuery['node']>, { __typename: 'Topic' }>;
type Position = TopicNode['positionsConnection']['nodes'][number];

interface Span {
  start: number;
  end: number;
  quote: string;
}

/** One row of the comparison: a topic position or an event's claim. */
interface Row {
  claimId: string;
  value: string | null;
  detail: string[];
  statement: string;
  modality: Modality;
  claimant: string | null;
  source: { slug: string; title: string; publisher: string; publishedAt: string };
  /** When the claim holds: a date or "start – end". */
  date: string;
  /** Smaller lines under it: the time's words, the publication date. */
  dateNotes: string[];
  evidence: Span[];
  corroborates: Relation;
  contradicts: Relation;
  supersedes: Relation;
  topicAgreement: Agreement | null;
}

/** A claim's related claims: the ids of the first page, and how many there are in all. */
interface Relation {
  ids: string[];
  total: number;
}

const relation = (connection: { totalCount: number; nodes: Array<{ id: string }> }): Relation => ({ ids: connection.nodes.map((c) => c.id), total: connection.totalCount });

type Selection = { kind: 'topic'; key: string } | { kind: 'event'; key: string };

const topicsByKey = new Map<string, TopicSummary>();
const eventsByKey = new Map<string, EventSummary>();
let currentSelection: Selection | null = null;
let currentRows: Row[] = [];
let currentClaimId: string | null = null;
/** Bumped on every new selection and every row click: answers to older requests are dropped. */
let selectionSeq = 0;
let articleSeq = 0;

const selectionValue = (s: Selection): string => `${s.kind}:${s.key}`;

function parseSelection(value: string): Selection | null {
  const match = /^(topic|event):(.+)$/.exec(value);
  if (!match) return null;
  return { kind: match[1] as 'topic' | 'event', key: match[2]! };
}

// ---------------------------------------------------------------------------
// Deep links: /viewer#topic=<key>, /viewer#event=<key>, optionally &claim=<id>

function readHash(): { selection: Selection | null; claimId: string | null } {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const topic = params.get('topic');
  const event = params.get('event');
  const selection: Selection | null = topic ? { kind: 'topic', key: topic } : event ? { kind: 'event', key: event } : null;
  return { selection, claimId: params.get('claim') };
}

/** The address of what is shown: `#topic=…&claim=…`, or '' for the start page. */
function compareHash(): string {
  const params = new URLSearchParams();
  if (currentSelection) params.set(currentSelection.kind, currentSelection.key);
  if (currentClaimId) params.set('claim', currentClaimId);
  return params.toString();
}

function writeHash(): void {
  if (review.isOpen) return; // the address is curator mode's (#review=…)
  const hash = compareHash();
  const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
}

// ---------------------------------------------------------------------------
// Curator mode: /viewer#review, /viewer#review=<slug> (src/viewer/review.ts)

const review = curatorMode({
  showProvenance: (provenance) => showProvenance(provenance),
  backHref: () => `#${compareHash()}`,
});

/** The article curator mode is asked for ('' for none chosen yet), or null when the address is the comparison's. */
function reviewHash(): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  return params.has('review') ? (params.get('review') ?? '') : null;
}

/** Shows curator mode or the comparison, as the address asks; true for curator mode. */
function applyMode(): boolean {
  const slug = reviewHash();
  const reviewing = slug !== null;
  layout.hidden = reviewing;
  picker.hidden = reviewing;
  pickerLabel.hidden = reviewing;
  document.body.dataset.mode = reviewing ? 'review' : 'compare';
  if (slug !== null) review.open(slug);
  else if (review.isOpen) review.close();
  return reviewing;
}

// ---------------------------------------------------------------------------
// The picker

function fillPicker(topics: TopicSummary[], events: EventSummary[]): void {
  const placeholder = el('option', {}, 'Choose a topic or an event…');
  placeholder.value = '';
  const topicGroup = el('optgroup');
  topicGroup.label = `Topics (${topics.length}): how the sources compare`;
  for (const topic of topics) {
    topicsByKey.set(topic.key, topic);
    const option = el('option', { title: AGREEMENT_HELP[topic.agreement] }, `${topic.agreement.replace('_', ' ')} — ${topic.question}`);
    option.value = selectionValue({ kind: 'topic', key: topic.key });
    topicGroup.append(option);
  }
  const eventGroup = el('optgroup');
  eventGroup.label = `Events (${events.length})`;
  for (const event of events) {
    eventsByKey.set(event.key, event);
    const sources = `${event.sourceCount} source${event.sourceCount === 1 ? '' : 's'}`;
    const option = el('option', {}, `${formatRange(event.date.start, event.date.end)} — ${event.title} (${sources}${event.disputed ? ', disputed' : ''})`);
    option.value = selectionValue({ kind: 'event', key: event.key });
    eventGroup.append(option);
  }
  picker.replaceChildren(placeholder, topicGroup, eventGroup);
  picker.disabled = false;
}

// ---------------------------------------------------------------------------
// Loading a selection into rows

/**
 * Every position of a topic, 100 a page: the next page (`after` the last cursor) while there is one,
 * as long as the topic is still the one wanted.
 */
async function loadTopicPositions(topic: TopicSummary, wanted: () => boolean): Promise<{ node: TopicNode; positions: Position[] }> {
  const pages = new Set<string>();
  const positions: Position[] = [];
  let head: TopicNode | null = null;
  let after: string | null = null;
  do {
    const data: ViewerTopicQuery = await request(ViewerTopicDocument, { id: topic.id, after }, pages);
    const node = data.node;
    if (!node || node.__typename !== 'Topic') throw new Error(`Topic ${topic.key} is not in the API's answer`);
    head ??= node;
    positions.push(...node.positionsConnection.nodes);
    const { hasNextPage, endCursor } = node.positionsConnection.pageInfo;
    after = hasNextPage && endCursor ? endCursor : null;
  } while (after && wanted());
  if (!head) throw new Error(`Topic ${topic.key} is not in the API's answer`);
  return { node: head, positions };
}

async function loadTopicRows(topic: TopicSummary, wanted: () => boolean): Promise<{ header: Node; rows: Row[] }> {
  const { node, positions } = await loadTopicPositions(topic, wanted);
  const rows = positions.map((p): Row => {
    const detail: string[] = [];
    if (p.words) detail.push(`“${p.words}”`);
    const bounds = formatBounds(p.low, p.high);
    if (bounds && p.value !== null) detail.push(bounds);
    return {
      claimId: p.claim.id,
      value: p.value !== null ? formatValue(p.value, p.qualifier, node.unit) : p.answer,
      detail,
      statement: p.claim.statement,
      modality: p.claim.modality,
      claimant: p.claimant?.name ?? null,
      source: p.source,
      date: formatRange(p.asOfStart, p.asOfEnd),
      dateNotes: [`published ${p.source.publishedAt}`],
      evidence: p.claim.evidence,
      corroborates: relation(p.claim.corroboratesConnection),
      contradicts: relation(p.claim.contradictsConnection),
      supersedes: relation(p.claim.supersedesConnection),
      topicAgreement: null,
    };
  });
  const header = el(
    'div',
    { class: 'selection-header' },
    el('p', { class: 'kicker' }, 'Topic ', el('code', {}, node.key)),
    el('h2', {}, node.question),
    el(
      'p',
      { class: 'meta' },
      agreementBadge(node.agreement),
      ` ${AGREEMENT_HELP[node.agreement]}`,
      node.unit ? ` Unit: ${node.unit}.` : '',
      ` Timeframe: ${node.timeframe}.`,
    ),
  );
  return { header, rows };
}

async function loadEventRows(event: EventSummary): Promise<{ header: Node; rows: Row[] }> {
  const data = await request(ViewerEventDocument, { id: event.id });
  const node = data.node;
  if (!node || node.__typename !== 'Event') throw new Error(`Event ${event.key} is not in the API's answer`);
  const rows = node.claims.nodes.map((c): Row => {
    const detail: string[] = [];
    let value: string | null = c.answer;
    if (c.quantity) {
      value = formatValue(c.quantity.value, c.quantity.qualifier, c.quantity.unit);
      detail.push(`“${c.quantity.words}”`);
      const bounds = formatBounds(c.quantity.low, c.quantity.high);
      if (bounds) detail.push(bounds);
    }
    return {
      claimId: c.id,
      value,
      detail,
      statement: c.statement,
      modality: c.modality,
      claimant: c.claimant?.name ?? null,
      source: c.source,
      date: c.time ? formatRange(c.time.start, c.time.end) : `published ${c.source.publishedAt}`,
      dateNotes: c.time ? [...(c.time.words ? [`“${c.time.words}”`] : []), `published ${c.source.publishedAt}`] : ['no time stated'],
      evidence: c.evidence,
      corroborates: relation(c.corroboratesConnection),
      contradicts: relation(c.contradictsConnection),
      supersedes: relation(c.supersedesConnection),
      topicAgreement: c.topic?.agreement ?? null,
    };
  });
  const more = node.claims.totalCount > rows.length ? ` Showing ${rows.length} of ${node.claims.totalCount} claims.` : '';
  const header = el(
    'div',
    { class: 'selection-header' },
    el('p', { class: 'kicker' }, 'Event ', el('code', {}, node.key), ` · ${formatRange(node.date.start, node.date.end)} (${node.date.precision.toLowerCase()})`),
    el('h2', {}, node.title),
    el(
      'p',
      { class: 'meta' },
      node.disputed ? agreementBadge('CONFLICT', 'disputed') : null,
      node.disputed ? ' ' : '',
      `${node.description} Reported by ${node.sourceCount} article${node.sourceCount === 1 ? '' : 's'}.${more}`,
    ),
  );
  return { header, rows };
}

function agreementBadge(agreement: Agreement, label: string = agreement.replace('_', ' ')): HTMLElement {
  return el('span', { class: `badge agreement-${agreement.toLowerCase()}`, title: AGREEMENT_HELP[agreement] }, label);
}

/** With nothing picked: what the picker holds, the disputes first, as deep links. */
function startPage(): HTMLElement {
  const order: Agreement[] = ['CONFLICT', 'EVOLVING', 'APPROXIMATE', 'AGREE', 'SINGLE_SOURCE'];
  const topics = [...topicsByKey.values()].filter((t) => t.agreement !== 'SINGLE_SOURCE').sort((a, b) => order.indexOf(a.agreement) - order.indexOf(b.agreement));
  const list = el('ul', { class: 'start-list' });
  for (const topic of topics) {
    const link = el('a', {}, topic.question);
    link.href = `#topic=${encodeURIComponent(topic.key)}`;
    list.append(el('li', {}, agreementBadge(topic.agreement), ' ', link));
  }
  return el(
    'div',
    { class: 'start' },
    el('p', { class: 'hint' }, 'Pick a topic (a question several articles answer) or an event above to see its claims side by side.'),
    topics.length ? el('h2', {}, 'Where the articles can be compared') : null,
    topics.length ? list : null,
  );
}

async function select(selection: Selection | null, claimId: string | null = null): Promise<void> {
  const seq = ++selectionSeq;
  articleSeq++;
  currentSelection = selection;
  currentRows = [];
  currentClaimId = null;
  picker.value = selection ? selectionValue(selection) : '';
  claimsTable.replaceChildren();
  claimsTable.hidden = true;
  showArticlePlaceholder(selection ? 'Click a claim to read it in its article.' : 'Pick a topic or an event, then click a claim.');
  if (!selection) {
    selectionBox.replaceChildren(startPage());
    writeHash();
    return;
  }
  const topic = selection.kind === 'topic' ? topicsByKey.get(selection.key) : undefined;
  const event = selection.kind === 'event' ? eventsByKey.get(selection.key) : undefined;
  if (!topic && !event) {
    selectionBox.replaceChildren(el('p', { class: 'hint' }, `There is no ${selection.kind} with the key “${selection.key}”.`));
    currentSelection = null;
    picker.value = '';
    writeHash();
    return;
  }
  writeHash();
  selectionBox.replaceChildren(el('p', { class: 'hint loading' }, 'Loading…'));
  selectionBox.setAttribute('aria-busy', 'true');
  try {
    const { header, rows } = topic ? await loadTopicRows(topic, () => seq === selectionSeq) : await loadEventRows(event!);
    if (seq !== selectionSeq) return;
    clearErrors();
    currentRows = rows;
    selectionBox.replaceChildren(header);
    renderTable(rows);
    const wanted = claimId ? rows.find((r) => r.claimId === claimId) : undefined;
    if (wanted) await showClaim(wanted);
  } catch (error) {
    if (seq !== selectionSeq) return;
    selectionBox.replaceChildren(el('p', { class: 'hint' }, 'Could not load this selection.'));
    showError(error);
  } finally {
    if (seq === selectionSeq) selectionBox.removeAttribute('aria-busy');
  }
}

// ---------------------------------------------------------------------------
// The claims table

function relationMarkers(row: Row, numberOf: Map<string, number>): HTMLElement {
  const cell = el('td', { class: 'relations' });
  const add = ({ ids, total }: Relation, cls: string, symbol: string, verb: string) => {
    const inTable = ids.map((id) => numberOf.get(id)).filter((n): n is number => n !== undefined).sort((a, b) => a - b);
    const elsewhere = Math.max(ids.length, total) - inTable.length;
    if (inTable.length) cell.append(el('span', { class: `marker ${cls}`, title: `${verb} claim${inTable.length > 1 ? 's' : ''} ${inTable.map((n) => `#${n}`).join(', ')}` }, `${symbol} ${inTable.map((n) => `#${n}`).join(' ')}`));
    const why = total > ids.length ? `not numbered here (only the first ${ids.length} of ${total} are listed)` : 'not in this table';
    if (elsewhere) cell.append(el('span', { class: `marker ${cls} elsewhere`, title: `${verb} ${elsewhere} claim${elsewhere > 1 ? 's' : ''} ${why}` }, `${symbol} +${elsewhere}`));
  };
  add(row.contradicts, 'contradicts', '≠', 'Contradicts');
  add(row.corroborates, 'corroborates', '=', 'Agrees with');
  add(row.supersedes, 'supersedes', '↻', 'Updates');
  if (row.topicAgreement) cell.append(agreementBadge(row.topicAgreement));
  if (!cell.childNodes.length) cell.append(el('span', { class: 'muted' }, '—'));
  return cell;
}

/** A slug that may wrap after its underscores in a narrow column. */
function slugWithBreaks(slug: string): HTMLElement {
  return el('code', { class: 'slug' }, ...slug.split('_').flatMap((part, i) => (i ? ['_', el('wbr'), part] : [part])));
}

function renderTable(rows: Row[]): void {
  const numberOf = new Map(rows.map((row, i) => [row.claimId, i + 1]));
  const head = el(
    'thead',
    {},
    el('tr', {}, el('th', { class: 'num' }, '#'), el('th', {}, 'Value / claim'), el('th', {}, 'Claimant'), el('th', {}, 'Source'), el('th', { title: 'When the claim holds (as of), then when its article was published' }, 'Date'), el('th', {}, 'Relations')),
  );
  const body = el('tbody');
  rows.forEach((row, i) => {
    const tr = el(
      'tr',
      { title: 'Show this claim in its article' },
      el('td', { class: 'num' }, String(i + 1)),
      el(
        'td',
        { class: 'value-cell' },
        row.value ? el('div', { class: 'value' }, row.value) : null,
        row.detail.length ? el('div', { class: 'detail' }, row.detail.join(' · ')) : null,
        el('div', { class: row.value ? 'statement' : 'statement primary' }, row.statement, ' ', el('span', { class: `modality modality-${row.modality.toLowerCase()}` }, row.modality.toLowerCase())),
      ),
      el('td', {}, row.claimant ?? el('span', { class: 'muted', title: 'The outlet states it in its own voice' }, 'the outlet itself')),
      el('td', {}, el('div', { class: 'publisher' }, row.source.publisher), slugWithBreaks(row.source.slug)),
      el('td', { class: 'date' }, el('div', { class: 'holds' }, ...row.date.split(' – ').flatMap((part, j) => (j ? [' –', el('br'), part] : [part]))), ...row.dateNotes.map((note) => el('div', { class: 'muted' }, note))),
      relationMarkers(row, numberOf),
    );
    tr.dataset.claimId = row.claimId;
    tr.dataset.sourceSlug = row.source.slug;
    tr.tabIndex = 0;
    tr.setAttribute('aria-selected', 'false');
    tr.addEventListener('click', () => void showClaim(row));
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        void showClaim(row);
      }
    });
    body.append(tr);
  });
  const caption = el(
    'caption',
    {},
    `${rows.length} claim${rows.length === 1 ? '' : 's'}: click one to see its words in the article. Relations: `,
    el('span', { class: 'marker corroborates' }, '='),
    ' agrees with, ',
    el('span', { class: 'marker contradicts' }, '≠'),
    ' contradicts, ',
    el('span', { class: 'marker supersedes' }, '↻'),
    ' updates the claim numbered.',
  );
  claimsTable.replaceChildren(caption, head, body);
  claimsTable.hidden = false;
}

// ---------------------------------------------------------------------------
// The article, with the claim's words marked and the boilerplate greyed

function showArticlePlaceholder(message: string): void {
  articleBox.replaceChildren(el('p', { class: 'hint' }, message));
}

interface Range {
  start: number;
  end: number;
  kind: 'boilerplate' | 'evidence';
  /** The boilerplate kind (PHOTO_CAPTION...), or 'evidence'. */
  tag: string;
  label: string;
}

/**
 * Appends text[from, to) to `parent`, cut into segments at every boundary of
 * `ranges` inside it; each segment is wrapped in what covers it (an extra
 * evidence <mark>, inside a boilerplate <span>). Only text nodes carry the text.
 */
function appendSegments(parent: Node, text: string, from: number, to: number, ranges: Range[]): void {
  const cuts = new Set<number>([from, to]);
  for (const r of ranges) {
    if (r.start > from && r.start < to) cuts.add(r.start);
    if (r.end > from && r.end < to) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (a >= b) continue;
    const covering = ranges.filter((r) => r.start <= a && r.end >= b);
    let node: Node = document.createTextNode(text.slice(a, b));
    const evidence = covering.filter((r) => r.kind === 'evidence');
    if (evidence.length) node = el('mark', { class: 'evidence', title: evidence.map((r) => r.label).join('; ') }, node);
    const boilerplate = covering.filter((r) => r.kind === 'boilerplate');
    if (boilerplate.length) {
      const span = el('span', { class: 'boilerplate', title: boilerplate.map((r) => r.label).join('; ') }, node);
      span.dataset.kind = boilerplate.map((r) => r.tag).join(' ');
      node = span;
    }
    parent.appendChild(node);
  }
}

function renderArticle(article: Article, row: Row): void {
  const text = article.text;
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const ranges: Range[] = article.boilerplate.map((b) => ({
    start: clamp(b.evidence.start),
    end: clamp(b.evidence.end),
    kind: 'boilerplate',
    tag: b.kind,
    label: `${b.kind.toLowerCase().replace(/_/g, ' ')}${b.note ? `: ${b.note}` : ''} (page boilerplate)`,
  }));
  const [first, ...others] = row.evidence;
  others.forEach((span, i) => ranges.push({ start: clamp(span.start), end: clamp(span.end), kind: 'evidence', tag: 'evidence', label: `more evidence of the claim (span ${i + 2}, ${span.start}–${span.end})` }));

  const textBox = el('div', { class: 'article-text', id: 'article-text' });
  let highlight: HTMLElement | null = null;
  if (first) {
    const start = clamp(first.start);
    const end = clamp(Math.max(first.start, first.end));
    appendSegments(textBox, text, 0, start, ranges);
    highlight = el('mark', { id: 'highlight', title: `The claim's words: characters ${first.start}–${first.end}` });
    appendSegments(highlight, text, start, end, ranges);
    textBox.append(highlight);
    appendSegments(textBox, text, end, text.length, ranges);
  } else {
    appendSegments(textBox, text, 0, text.length, ranges);
  }
  textBox.dataset.slug = article.slug;

  const offsets = row.evidence.map((e) => `${e.start}–${e.end}`).join(', ');
  const caption = el(
    'header',
    { class: 'article-caption', id: 'article-caption' },
    el('h2', {}, article.title),
    el(
      'p',
      { class: 'meta' },
      el('strong', {}, article.publisher),
      ' · published ',
      el('span', { title: article.publishedAtBasis }, article.publishedAt),
      ' · ',
      el('code', { class: 'slug' }, article.slug),
    ),
    el('p', { class: 'claim-line' }, el('span', { class: 'label' }, 'Claim '), row.statement),
    el(
      'p',
      { class: 'meta' },
      row.evidence.length ? `Evidence: characters ${offsets} of ${article.length} (UTF-16 offsets into the text)` : 'This claim has no evidence span.',
      ' · ',
      el('mark', { class: 'legend-highlight' }, 'claim’s words'),
      ' ',
      el('span', { class: 'boilerplate legend' }, 'page boilerplate'),
    ),
  );
  articleBox.replaceChildren(caption, textBox);
  if (highlight) scrollToHighlight(highlight);
}

/**
 * Brings the highlight to the middle of the article pane when the pane scrolls
 * on its own (the two-column layout), else into the window's view: the picker
 * and the table stay where they are.
 */
function scrollToHighlight(highlight: HTMLElement): void {
  const pane = articleBox.closest<HTMLElement>('.article-pane');
  if (pane && pane.scrollHeight > pane.clientHeight && getComputedStyle(pane).overflowY !== 'visible') {
    const caption = articleBox.querySelector<HTMLElement>('.article-caption');
    const covered = caption && getComputedStyle(caption).position === 'sticky' ? caption.offsetHeight : 0;
    const paneBox = pane.getBoundingClientRect();
    const box = highlight.getBoundingClientRect();
    const visible = pane.clientHeight - covered;
    pane.scrollTop += box.top - paneBox.top - covered - Math.max(0, (visible - box.height) / 2);
  } else {
    highlight.scrollIntoView({ block: 'center', behavior: 'auto' });
  }
}

async function showClaim(row: Row): Promise<void> {
  const seq = ++articleSeq;
  currentClaimId = row.claimId;
  writeHash();
  for (const tr of claimsTable.querySelectorAll<HTMLTableRowElement>('tr[data-claim-id]')) {
    const selected = tr.dataset.claimId === row.claimId;
    tr.classList.toggle('selected', selected);
    tr.setAttribute('aria-selected', String(selected));
  }
  articleBox.setAttribute('aria-busy', 'true');
  try {
    const data = await request(ViewerArticleDocument, { slug: row.source.slug });
    if (seq !== articleSeq) return;
    if (!data.source) throw new Error(`The article ${row.source.slug} is not in the API's answer`);
    clearErrors();
    renderArticle(data.source, row);
  } catch (error) {
    if (seq !== articleSeq) return;
    showArticlePlaceholder('Could not load the article.');
    showError(error);
  } finally {
    if (seq === articleSeq) articleBox.removeAttribute('aria-busy');
  }
}

// ---------------------------------------------------------------------------
// Start

async function start(): Promise<void> {
  picker.disabled = true;
  applyMode();
  picker.addEventListener('change', () => void select(parseSelection(picker.value)));
  window.addEventListener('hashchange', () => {
    if (applyMode()) return;
    const { selection, claimId } = readHash();
    const sameSelection = selection && currentSelection && selectionValue(selection) === selectionValue(currentSelection);
    if (sameSelection) {
      const row = claimId ? currentRows.find((r) => r.claimId === claimId) : undefined;
      if (row && claimId !== currentClaimId) void showClaim(row);
      return;
    }
    void select(selection, claimId);
  });
  try {
    const [topics, events] = await Promise.all([request(ViewerTopicsDocument, {}), request(ViewerEventsDocument, {})]);
    fillPicker(topics.topics.nodes, events.events.nodes);
  } catch (error) {
    showError(error);
    return;
  }
  const { selection, claimId } = readHash();
  await select(selection, claimId);
  document.body.dataset.ready = 'true';
}

void start();
