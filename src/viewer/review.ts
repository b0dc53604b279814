/**
 * Curator mode of the viewer (/viewer#review, /viewer#review=<slug>): review an
 * article's machine-made (AUTO) claims and their suggestions.
 *
 * The curator enters a token once. It is kept in this tab's sessionStorage only
 * (never localStorage, never a cookie) until "Sign out" or the tab closes, and
 * sent only as `Authorization: Bearer <token>` on the mutations, which go over
 * POST by trusted document id (src/viewer/api.ts). The reads are the public
 * API's, by id over GET like the rest of the viewer.
 *
 * Every write sends `expectedDataVersion`: the dataVersion of the answer the
 * claims on screen came from (`extensions.provenance.dataVersion`). The
 * server's refusals are shown for what they are: STALE_DATA_VERSION (someone
 * wrote first: the article is reloaded), UNAUTHENTICATED (the token is
 * forgotten and asked for again), BAD_USER_INPUT (its messages); a refusal
 * writes nothing.
 */
import {
  ViewerEditClaimantsDocument,
  ViewerReviewArticleDocument,
  ViewerReviewClaimDecisionDocument,
  ViewerReviewQueueDocument,
  ViewerReviewSuggestionDecisionDocument,
  type ViewerReviewArticleQuery,
  type ViewerReviewClaimFragment,
  type ViewerReviewQueueQuery,
} from '../generated/graphql.js';
import { mutate, query, RequestError, type Answer } from './api.js';
import { byId, el, type Child } from './dom.js';

/** The sessionStorage key of the curator's token. */
export const TOKEN_KEY = 'claimgraph.curatorToken';
/** The queue lists the articles of at most this many pages of 100 AUTO claims. */
const QUEUE_PAGES = 10;

type ReviewClaim = ViewerReviewClaimFragment;
type Suggestion = ReviewClaim['suggestions'][number];
type ArticleHead = NonNullable<ViewerReviewArticleQuery['source']>;

export interface CuratorModeOptions {
  /** Shows an answer's `extensions.provenance` in the page's footer. */
  showProvenance(provenance: unknown): void;
  /** Where "Back to the viewer" goes: the comparison the curator came from. */
  backHref(): string;
}

export interface CuratorMode {
  /** Shows curator mode on an article ('' for none chosen yet), loading it afresh. */
  open(slug: string): void;
  /** Hides curator mode (the token stays until "Sign out"). */
  close(): void;
  readonly isOpen: boolean;
}

// ---------------------------------------------------------------------------
// The token: this tab's sessionStorage only

function storedToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY) || null;
  } catch {
    return null;
  }
}

function storeToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // No sessionStorage (a sandboxed frame): the token then lasts as long as the page.
  }
}

// ---------------------------------------------------------------------------
// Words

const formatRange = (start: string, end: string): string => (start === end ? start : `${start} – ${end}`);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a suggestion proposes, in words: the existing record, or the new one. */
function proposed(s: Suggestion): { text: string; key: string; details: string[] } {
  const target = s.target;
  if (target) {
    switch (target.__typename) {
      case 'Topic':
        return { text: target.question, key: target.key, details: [] };
      case 'Event':
        return { text: target.title, key: target.key, details: [formatRange(target.date.start, target.date.end)] };
      case 'Actor':
      case 'Place':
        return { text: target.name, key: target.key, details: [] };
    }
  }
  const p = s.proposal;
  if (!p) return { text: 'nothing named', key: '', details: [] };
  const details: string[] = [];
  if (p.kind) details.push(p.kind.toLowerCase().replace(/_/g, ' '));
  if (p.dateStart && p.dateEnd) details.push(formatRange(p.dateStart, p.dateEnd));
  if (p.unit) details.push(`unit: ${p.unit}`);
  if (p.places.length) details.push(`at ${p.places.join(', ')}`);
  return { text: `new: ${p.name}`, key: p.key, details };
}

/** "about 300 vehicles": a quantity as the data states it. */
function quantityWords(q: NonNullable<ReviewClaim['quantity']>): string {
  const unit = q.unit === 'percent' ? '%' : q.unit === 'km2' ? ' km²' : q.unit === 'person' ? (q.value === 1 ? ' person' : ' people') : ` ${q.unit}${q.value === 1 ? '' : 's'}`;
  const qualifier = q.qualifier === 'EXACT' ? '' : `${q.qualifier.toLowerCase().replace(/_/g, ' ')} `;
  return `${qualifier}${q.value}${unit}`;
}

const changeWords = (change: { id: string; by: string }): string => `change ${change.id}, by ${change.by}`;

// ---------------------------------------------------------------------------

export function curatorMode(options: CuratorModeOptions): CuratorMode {
  const section = byId<HTMLElement>('review');
  const back = byId<HTMLAnchorElement>('review-back');
  const signinForm = byId<HTMLFormElement>('review-signin');
  const tokenInput = byId<HTMLInputElement>('review-token');
  const signinMessage = byId<HTMLElement>('review-signin-message');
  const session = byId<HTMLElement>('review-session');
  const signOutButton = byId<HTMLButtonElement>('review-signout');
  const statusBox = byId<HTMLElement>('review-status');
  const alertBox = byId<HTMLElement>('review-alert');
  const work = byId<HTMLElement>('review-work');
  const articleSelect = byId<HTMLSelectElement>('review-article');
  const queueNote = byId<HTMLElement>('review-queue-note');
  const headerBox = byId<HTMLElement>('review-article-header');
  const claimsList = byId<HTMLOListElement>('review-claims');

  let token = storedToken();
  let isOpen = false;
  let slug = '';
  /** The dataVersion of the answer the claims on screen came from: every write sends it. */
  let readVersion = '';
  let busy = false;
  /** Bumped by every load (and by close): answers to older loads are dropped. */
  let articleSeq = 0;
  let queueSeq = 0;

  // ---- messages

  function say(message: string): void {
    statusBox.replaceChildren(message);
  }

  function warn(kind: 'stale' | 'refused' | 'error', title: string, lines: string[] = []): void {
    alertBox.replaceChildren(el('strong', {}, title));
    if (lines.length) alertBox.append(el('ul', {}, ...lines.map((line) => el('li', {}, line))));
    alertBox.dataset.kind = kind;
    alertBox.hidden = false;
  }

  function clearMessages(): void {
    statusBox.replaceChildren();
    alertBox.replaceChildren();
    alertBox.hidden = true;
    delete alertBox.dataset.kind;
  }

  const detailsOf = (error: unknown): string[] =>
    error instanceof RequestError ? error.errors.length ? error.errors.map((e) => e.message) : error.details : [error instanceof Error ? error.message : String(error)];

  // ---- signing in and out

  function renderAuth(): void {
    const signedIn = token !== null;
    signinForm.hidden = signedIn;
    session.hidden = !signedIn;
    work.hidden = !signedIn;
  }

  function askForToken(message: string | null): void {
    signinMessage.replaceChildren(message ?? '');
    signinMessage.hidden = !message;
    renderAuth();
    if (isOpen) tokenInput.focus();
  }

  /** Forgets the token (sessionStorage included) and what was shown with it. */
  function signOut(): void {
    token = null;
    storeToken(null);
    articleSeq++;
    queueSeq++;
    readVersion = '';
    claimsList.replaceChildren();
    headerBox.replaceChildren();
    renderAuth();
  }

  signinForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = tokenInput.value.trim();
    if (!value) {
      askForToken('Enter your curator token.');
      return;
    }
    token = value;
    storeToken(value);
    tokenInput.value = '';
    signinMessage.replaceChildren();
    signinMessage.hidden = true;
    clearMessages();
    renderAuth();
    articleSelect.focus();
    void refresh();
  });

  signOutButton.addEventListener('click', () => {
    signOut();
    clearMessages();
    askForToken(null);
    say('Signed out: this tab no longer holds your token.');
  });

  // ---- the articles with claims to review

  async function loadQueue(): Promise<void> {
    const seq = ++queueSeq;
    const articles = new Map<string, { title: string; publisher: string; publishedAt: string; count: number }>();
    let after: string | null = null;
    let pages = 0;
    let total = 0;
    try {
      do {
        const answer: Answer<ViewerReviewQueueQuery> = await query(ViewerReviewQueueDocument, { after }, { cache: 'no-cache', onProvenance: options.showProvenance });
        const data = answer.data;
        if (seq !== queueSeq) return;
        total = data.claims.totalCount;
        for (const claim of data.claims.nodes) {
          const article = articles.get(claim.source.slug) ?? { ...claim.source, count: 0 };
          article.count++;
          articles.set(claim.source.slug, article);
        }
        pages++;
        const { hasNextPage, endCursor } = data.claims.pageInfo;
        after = hasNextPage && endCursor ? endCursor : null;
      } while (after && pages < QUEUE_PAGES);
    } catch (error) {
      if (seq !== queueSeq) return;
      warn('error', 'Could not list the articles to review.', detailsOf(error));
      return;
    }
    const placeholder = el('option', {}, articles.size ? `Choose one of ${plural(articles.size, 'article')} with claims to review…` : 'No machine-made claims are waiting for review');
    placeholder.value = '';
    const choices = [...articles].map(([key, a]) => {
      const option = el('option', {}, `${a.publishedAt} — ${a.title} (${a.publisher}; ${a.count} to review)`);
      option.value = key;
      return option;
    });
    if (slug && !articles.has(slug)) {
      const option = el('option', {}, `${slug} (nothing left to review)`);
      option.value = slug;
      choices.push(option);
    }
    articleSelect.replaceChildren(placeholder, ...choices);
    articleSelect.value = slug;
    articleSelect.disabled = busy;
    queueNote.replaceChildren(after ? `Listing the articles of the first ${pages * 100} of ${total} machine-made claims.` : `${plural(total, 'machine-made claim')} in all ${total === 1 ? 'is' : 'are'} waiting for review.`);
  }

  articleSelect.addEventListener('change', () => {
    slug = articleSelect.value;
    const hash = slug ? new URLSearchParams({ review: slug }).toString() : 'review';
    history.replaceState(null, '', `${location.pathname}${location.search}#${hash}`);
    clearMessages();
    void loadArticle();
  });

  // ---- one article's claims

  /** Every AUTO claim of the article, 50 a page, all from one dataVersion (a write between pages starts over). */
  async function fetchArticle(wanted: () => boolean): Promise<{ head: ArticleHead | null; claims: ReviewClaim[]; version: string }> {
    for (let attempt = 1; ; attempt++) {
      let head: ArticleHead | null = null;
      let version: string | null = null;
      let consistent = true;
      const claims: ReviewClaim[] = [];
      let after: string | null = null;
      do {
        const answer: Answer<ViewerReviewArticleQuery> = await query(ViewerReviewArticleDocument, { slug, after }, { cache: 'no-cache', onProvenance: options.showProvenance });
        if (version === null) {
          version = answer.dataVersion;
          head = answer.data.source;
        } else if (answer.dataVersion !== version) {
          consistent = false;
          break;
        }
        claims.push(...answer.data.claims.nodes);
        const { hasNextPage, endCursor } = answer.data.claims.pageInfo;
        after = hasNextPage && endCursor ? endCursor : null;
      } while (after && wanted());
      if (consistent || attempt >= 3) return { head, claims, version: version ?? '' };
    }
  }

  async function loadArticle(): Promise<void> {
    const seq = ++articleSeq;
    if (!slug) {
      readVersion = '';
      headerBox.replaceChildren(el('p', { class: 'hint' }, 'Choose an article to review its machine-made claims.'));
      claimsList.replaceChildren();
      return;
    }
    claimsList.setAttribute('aria-busy', 'true');
    try {
      const { head, claims, version } = await fetchArticle(() => seq === articleSeq);
      if (seq !== articleSeq) return;
      readVersion = version;
      renderArticle(head, claims);
    } catch (error) {
      if (seq !== articleSeq) return;
      headerBox.replaceChildren(el('p', { class: 'hint' }, 'Could not load this article.'));
      claimsList.replaceChildren();
      warn('error', 'Could not load the article’s claims.', detailsOf(error));
    } finally {
      if (seq === articleSeq) claimsList.removeAttribute('aria-busy');
    }
  }

  /** Reloads what is on screen: the article (and the dataVersion writes send) and the list of articles. */
  async function refresh(): Promise<void> {
    await Promise.all([loadArticle(), loadQueue()]);
  }

  function renderArticle(head: ArticleHead | null, claims: ReviewClaim[]): void {
    if (!head) {
      headerBox.replaceChildren(el('p', { class: 'hint' }, `There is no article with the slug “${slug}”.`));
      claimsList.replaceChildren();
      return;
    }
    const text = el('a', {}, 'its text');
    text.href = `/sources/${encodeURIComponent(head.slug)}.txt`;
    headerBox.replaceChildren(
      el('h3', { id: 'review-article-title' }, head.title),
      el('p', { class: 'meta' }, el('strong', {}, head.publisher), ` · published ${head.publishedAt} · `, el('code', { class: 'slug' }, head.slug), ' · read ', text),
      el(
        'p',
        { class: 'hint', id: 'review-count' },
        claims.length
          ? `${plural(claims.length, 'machine-made claim')} to review: confirm what the article says, reject what it does not, fix who said it, and accept or reject each suggestion.`
          : 'No machine-made claims are left to review in this article.',
      ),
    );
    claimsList.replaceChildren(...claims.map((claim, i) => claimItem(claim, i + 1)));
    claimsList.setAttribute('aria-labelledby', 'review-article-title');
  }

  function fact(term: string, ...value: Child[]): HTMLElement[] {
    return [el('dt', {}, term), el('dd', {}, ...value)];
  }

  function claimItem(claim: ReviewClaim, n: number): HTMLElement {
    const prefix = `review-claim-${n}`;
    const statementId = `${prefix}-statement`;

    const facts = el(
      'dl',
      { class: 'review-facts' },
      ...fact('Claimants', claim.claimants.length ? claim.claimants.map((a) => `${a.name} (${a.key})`).join('; ') : el('span', { class: 'muted' }, 'none: the outlet says it in its own voice')),
      ...(claim.quantity ? fact('Quantity', `${quantityWords(claim.quantity)} — “${claim.quantity.words}”`) : []),
      ...(claim.time ? fact('Time', formatRange(claim.time.start, claim.time.end), claim.time.words ? ` — “${claim.time.words}”` : '') : []),
      ...(claim.topic ? fact('Topic', claim.topic.question, ' ', el('code', {}, claim.topic.key)) : []),
      ...(claim.events.length ? fact('Events', claim.events.map((e) => `${e.title} (${e.key})`).join('; ')) : []),
      ...(claim.places.length ? fact('Places', claim.places.map((p) => p.name).join(', ')) : []),
    );

    const evidence = claim.evidence.map((span) => el('blockquote', { class: 'review-quote', title: `characters ${span.start}–${span.end} of the article` }, span.quote));

    // Confirm or reject, with an optional note for the change log.
    const noteId = `${prefix}-note`;
    const note = el('input', { id: noteId, class: 'review-note', attrs: { type: 'text', maxlength: '2000', autocomplete: 'off' } });
    const confirm = el('button', { class: 'review-button confirm', attrs: { type: 'button', 'data-action': 'confirm', 'aria-describedby': statementId } }, 'Confirm claim');
    const reject = el('button', { class: 'review-button reject', attrs: { type: 'button', 'data-action': 'reject', 'aria-describedby': statementId } }, 'Reject claim');
    const noteValue = () => note.value.trim() || null;
    confirm.addEventListener('click', () =>
      void act(async (bearer, expected) => {
        const { data } = await mutate(ViewerReviewClaimDecisionDocument, { input: { id: claim.id, decision: 'CONFIRM', note: noteValue(), expectedDataVersion: expected } }, bearer, { onProvenance: options.showProvenance });
        const r = data.reviewClaim;
        return `Confirmed claim ${claim.key}: it is ${r.claim?.curation ?? 'CURATED'} now and counts in agreement and disputes (${changeWords(r.change)}).`;
      }),
    );
    reject.addEventListener('click', () =>
      void act(async (bearer, expected) => {
        const { data } = await mutate(ViewerReviewClaimDecisionDocument, { input: { id: claim.id, decision: 'REJECT', note: noteValue(), expectedDataVersion: expected } }, bearer, { onProvenance: options.showProvenance });
        return `Rejected claim ${claim.key}: it is removed from the graph; the change log keeps it (${changeWords(data.reviewClaim.change)}).`;
      }),
    );
    const decision = el(
      'div',
      { class: 'review-decision', attrs: { role: 'group', 'aria-label': `Decision on claim ${n}` } },
      el('label', { attrs: { for: noteId } }, 'Note for the change log (optional)'),
      note,
      el('div', { class: 'review-buttons' }, confirm, reject),
    );

    // Fix the claimants.
    const claimantsId = `${prefix}-claimants`;
    const claimantsHelp = `${claimantsId}-help`;
    const current = claim.claimants.map((a) => a.key);
    const claimantsInput = el('input', { id: claimantsId, class: 'review-claimants', attrs: { type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': claimantsHelp } });
    claimantsInput.value = current.join(', ');
    const claimantsForm = el(
      'form',
      { class: 'review-claimants-form' },
      el('label', { attrs: { for: claimantsId } }, 'Claimants'),
      claimantsInput,
      el('button', { class: 'review-button', attrs: { type: 'submit', 'data-action': 'claimants', 'aria-describedby': statementId } }, 'Save claimants'),
      el('p', { class: 'hint', id: claimantsHelp }, 'Actors the article attributes the claim to, by key, id or alias, separated by commas (for example: sohr, al-watan). Leave it empty when the outlet says it in its own voice.'),
    );
    claimantsForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const wanted = claimantsInput.value.split(',').map((s) => s.trim()).filter(Boolean);
      if (wanted.join('\n') === current.join('\n')) {
        clearMessages();
        warn('refused', 'Nothing to save: the claimants are unchanged.');
        return;
      }
      void act(async (bearer, expected) => {
        const { data } = await mutate(ViewerEditClaimantsDocument, { input: { id: claim.id, claimants: wanted, expectedDataVersion: expected } }, bearer, { onProvenance: options.showProvenance });
        const names = data.editClaim.claim?.claimants.map((a) => a.name).join(', ');
        return `Saved the claimants of claim ${claim.key}: ${names || 'none (the outlet’s own voice)'} (${changeWords(data.editClaim.change)}).`;
      });
    });

    // Its suggestions.
    const suggestions = claim.suggestions.length
      ? el(
          'table',
          { class: 'review-suggestions' },
          el('caption', {}, `Suggestions (${claim.suggestions.length}), most confident first`),
          el('thead', {}, el('tr', {}, ...['Kind', 'Proposes', 'Confidence', 'Reasons', 'Status', 'Decision'].map((h) => el('th', { attrs: { scope: 'col' } }, h)))),
          el('tbody', {}, ...claim.suggestions.map((s, j) => suggestionRow(claim, s, `${prefix}-suggestion-${j + 1}`))),
        )
      : el('p', { class: 'hint' }, 'No suggestions for this claim.');

    const item = el(
      'li',
      { class: 'review-claim', attrs: { 'data-claim-id': claim.id, 'data-claim-key': claim.key } },
      el(
        'article',
        { attrs: { 'aria-labelledby': statementId } },
        el('p', { class: 'review-kicker' }, el('span', { class: `badge curation-${claim.curation.toLowerCase()}`, title: 'Proposed by the extractor; no curator has reviewed it' }, claim.curation), ' ', el('span', { class: 'modality' }, claim.modality.toLowerCase()), ' ', el('code', {}, claim.key)),
        el('h4', { class: 'review-statement', id: statementId }, claim.statement),
        facts,
        ...evidence,
        decision,
        claimantsForm,
        suggestions,
      ),
    );
    return item;
  }

  function suggestionRow(claim: ReviewClaim, s: Suggestion, id: string): HTMLElement {
    const what = proposed(s);
    const describedBy = `${id}-proposes`;
    const decision = el('td', { class: 'review-suggestion-decision' });
    if (s.status === 'SUGGESTED') {
      for (const [label, value, action] of [
        ['Accept', 'ACCEPT', 'accept'],
        ['Reject', 'REJECT', 'reject-suggestion'],
      ] as const) {
        const button = el('button', { class: `review-button ${action}`, attrs: { type: 'button', 'data-action': action, 'aria-describedby': describedBy } }, label);
        button.addEventListener('click', () =>
          void act(async (bearer, expected) => {
            const { data } = await mutate(ViewerReviewSuggestionDecisionDocument, { input: { id: s.id, decision: value, expectedDataVersion: expected } }, bearer, { onProvenance: options.showProvenance });
            const r = data.reviewSuggestion;
            return `${value === 'ACCEPT' ? 'Accepted' : 'Rejected'} the ${s.kind.toLowerCase()} suggestion “${what.text}” for claim ${claim.key}: it is ${r.suggestion?.status ?? `${value}ED`} now (${changeWords(r.change)}).`;
          }),
        );
        decision.append(button, ' ');
      }
    } else {
      decision.append(el('span', { class: 'muted' }, 'reviewed'));
    }
    const row = el(
      'tr',
      { attrs: { 'data-suggestion-id': s.id, 'data-kind': s.kind, 'data-status': s.status } },
      el('td', {}, s.kind.toLowerCase()),
      el('td', { id: describedBy }, el('span', { class: 'visually-hidden' }, `${s.kind.toLowerCase()}: `), what.text, what.key ? el('span', { class: 'muted' }, ' (', el('code', {}, what.key), ')') : null, what.details.length ? el('div', { class: 'muted' }, what.details.join(' · ')) : null),
      el('td', { class: 'num', title: 'Calibrated: of the suggestions at or above this confidence, about this share are right' }, `${Math.round(s.confidence * 100)}%`),
      el('td', {}, el('ul', { class: 'review-reasons' }, ...s.reasons.map((r) => el('li', {}, r)))),
      el('td', {}, el('span', { class: `badge status-${s.status.toLowerCase()}` }, s.status.toLowerCase())),
      decision,
    );
    return row;
  }

  // ---- writes

  function setBusy(on: boolean): void {
    busy = on;
    if (on) section.setAttribute('aria-busy', 'true');
    else section.removeAttribute('aria-busy');
    articleSelect.disabled = on;
    for (const control of work.querySelectorAll<HTMLButtonElement | HTMLInputElement>('#review-claims button, #review-claims input')) control.disabled = on;
  }

  /**
   * Runs one write as the signed-in curator, on the dataVersion the claims on screen were read at;
   * `perform` resolves with what to tell the curator. Then the article is read again.
   */
  async function act(perform: (bearer: string, expected: string | null) => Promise<string>): Promise<void> {
    if (busy) return;
    if (!token) {
      askForToken('Sign in with your curator token first.');
      return;
    }
    clearMessages();
    setBusy(true);
    try {
      say(await perform(token, readVersion || null));
      await refresh();
    } catch (error) {
      await refused(error);
    } finally {
      setBusy(false);
    }
  }

  async function refused(error: unknown): Promise<void> {
    const messages = detailsOf(error);
    if (error instanceof RequestError) {
      if (error.has('UNAUTHENTICATED')) {
        signOut();
        askForToken(`The server refused this token, so nothing was written: ${messages.join(' ')} Enter your curator token again.`);
        return;
      }
      if (error.has('STALE_DATA_VERSION')) {
        warn('stale', 'The data changed since this page read it (another write came first), so nothing was written.', ['The article has been reloaded: check its claims and decide again.']);
        await refresh();
        return;
      }
      if (error.has('BAD_USER_INPUT')) {
        const issues = error.errors.flatMap((e) => {
          const list = e.extensions.issues;
          return Array.isArray(list) ? list.map((i) => (i && typeof i === 'object' ? `${String((i as { path?: unknown }).path ?? '')}: ${String((i as { message?: unknown }).message ?? '')}` : String(i))) : [];
        });
        warn('refused', 'The server refused the change, so nothing was written:', [...messages, ...issues.filter((issue) => !messages.some((m) => m.includes(issue)))]);
        return;
      }
      if (error.has('FORBIDDEN')) {
        warn('refused', 'The server refused the write, so nothing was written:', messages);
        return;
      }
      if (error.has('NOT_FOUND')) {
        warn('refused', 'The record is gone (another curator may have removed it), so nothing was written:', messages);
        await refresh();
        return;
      }
    }
    warn('error', 'The write failed:', messages);
  }

  // ---- open and close

  return {
    open(wanted: string) {
      isOpen = true;
      section.hidden = false;
      back.href = options.backHref();
      slug = wanted;
      clearMessages();
      renderAuth();
      if (token) void refresh();
      else askForToken(null);
    },
    close() {
      isOpen = false;
      section.hidden = true;
      articleSeq++;
      queueSeq++;
    },
    get isOpen() {
      return isOpen;
    },
  };
}
