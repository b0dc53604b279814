/**
 * Provisional comparisons, honestly labelled: an unreviewed claim linked to a
 * topic changes `provisionalAgreement` and the positions asked with
 * `include: [CURATED, SUGGESTED]` (each saying it is not curated), never
 * `agreement` or the default answers; a subscriber to topicAgreementChanged
 * hears of the provisional change, and of the curated one once a curator
 * confirms the claim.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.js';
import { ChangeFeed, type AgreementChangedEvent } from '../../src/graphql/feed.js';
import { createClaimgraphYoga, type ClaimgraphYoga } from '../../src/http/yoga.js';
import { loadData } from '../../src/load/index.js';
import { ReadWriteGate } from '../../src/write/gate.js';
import { planIngest } from '../../src/write/ingest.js';
import * as plans from '../../src/write/plans.js';
import { DataWriter } from '../../src/write/writer.js';
import { DATA_DIR } from '../helpers/api.js';

const ARTICLE = `Exodus from Idlib grows

GENEVA, Feb 10 (Newswire) - Some two million people have fled their homes in north-west Syria since December, a relief official said on Monday.
`;

let dir: string;
let writer: DataWriter;
let yoga: ClaimgraphYoga;
const heard: AgreementChangedEvent[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-provisional-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  writer = new DataWriter(dir, await loadData(dir), new ReadWriteGate());
  const feed = new ChangeFeed();
  writer.onCommit((c) => feed.publish(c));
  void (async () => {
    for await (const event of feed.pubsub.subscribe('topicAgreementChanged')) heard.push(event);
  })();
  yoga = createClaimgraphYoga({ current: () => writer.store }, { ...DEFAULTS, requestLog: false }, { writes: { writer, gate: writer.gate, feed, curators: [] } });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query(text: string) {
  const response = await yoga.fetch('http://claimgraph.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text }) });
  return (await response.json()) as { data: Record<string, any>; errors?: unknown[] };
}

const TOPIC = 'displaced-since-december';

describe('a provisional comparison', () => {
  it('counts an unreviewed claim only when asked, and says so', async () => {
    const before = (await query(`{ node(id: "${Buffer.from(`Topic:${TOPIC}`).toString('base64')}") { ... on Topic { agreement provisionalAgreement positionsConnection(first: 50) { totalCount } } } }`)).data.node;
    expect(before.provisionalAgreement).toBe(before.agreement);

    expect(before.agreement).not.toBe('CONFLICT');
    await writer.write('tester', null, (store) => planIngest(dir, store, { text: ARTICLE, publisher: 'Newswire', publishedAt: '2020-02-10', url: null, slug: 'newswire-exodus' }));
    const claim = writer.store.claims({ sources: [writer.store.record('Source', 'newswire-exodus')!] }).find((c) => c.statement.includes('two million'));
    expect(claim).toBeDefined();
    await writer.write('tester', null, (store) =>
      plans.editClaim(dir, store.record('Claim', claim!.id)!, {
        topic: store.record('Topic', TOPIC)!,
        quantity: { value: 2000000, unit: store.record('Topic', TOPIC)!.unit!, qualifier: 'APPROXIMATELY', words: 'Some two million' },
        time: { start: '2019-12-01', end: '2020-02-10', precision: 'DAY' },
      }),
    );
    const topicId = Buffer.from(`Topic:${TOPIC}`).toString('base64');
    const after = (
      await query(`{ node(id: "${topicId}") { ... on Topic { agreement provisionalAgreement
        curatedOnly: positionsConnection(first: 50) { totalCount nodes { curated } }
        all: positionsConnection(first: 50, include: [CURATED, SUGGESTED]) { totalCount nodes { curated value claim { id } } }
        suggestedClaims(first: 5) { nodes { id } } } } }`)
    ).data.node;
    // The curated answers are unchanged; the provisional ones count the new claim, labelled.
    expect(after.agreement).toBe(before.agreement);
    expect(after.curatedOnly.totalCount).toBe(before.positionsConnection.totalCount);
    expect(after.curatedOnly.nodes.every((p: { curated: boolean }) => p.curated)).toBe(true);
    // Every unreviewed claim the topic counts (the one edited, and any the extractor linked) is listed, not curated.
    expect(after.suggestedClaims.nodes.length).toBeGreaterThanOrEqual(1);
    expect(after.all.totalCount).toBe(before.positionsConnection.totalCount + after.suggestedClaims.nodes.length);
    const unreviewed = after.all.nodes.filter((p: { curated: boolean }) => !p.curated);
    expect(unreviewed).toHaveLength(after.suggestedClaims.nodes.length);
    expect(unreviewed).toContainEqual({ curated: false, value: 2000000, claim: { id: Buffer.from(`Claim:${claim!.id}`).toString('base64') } });
    expect(after.provisionalAgreement).toBe('CONFLICT');

    // The disputes view asked provisionally finds it.
    const disputes = await query(`{ curated: topics(filterBy: { agreement: [CONFLICT] }, first: 100) { nodes { key } } provisional: topics(filterBy: { agreement: [CONFLICT], include: [CURATED, SUGGESTED] }, first: 100) { nodes { key } } }`);
    expect(disputes.data.provisional.nodes.map((t: { key: string }) => t.key)).toContain(TOPIC);
    expect(disputes.data.curated.nodes.map((t: { key: string }) => t.key)).not.toContain(TOPIC);

    // Heard as a provisional change; once confirmed, the curated agreement is what changed.
    expect(heard.filter((e) => e.topic.key === TOPIC && e.provisional).map((e) => e.after)).toContain('CONFLICT');
    await writer.write('tester', null, (store) => plans.reviewClaim(dir, { claim: store.record('Claim', claim!.id)!, decision: 'CONFIRM' }));
    const confirmed = (await query(`{ node(id: "${topicId}") { ... on Topic { agreement provisionalAgreement } } }`)).data.node;
    expect(confirmed).toEqual({ agreement: 'CONFLICT', provisionalAgreement: 'CONFLICT' });
    expect(heard.filter((e) => e.topic.key === TOPIC && !e.provisional).map((e) => [e.before, e.after])).toEqual([[before.agreement, 'CONFLICT']]);
  });
});
