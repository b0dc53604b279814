/**
 * The learned furniture model: the committed file is what the in-sample style
 * sets give, it marks furniture no rule names on a page written for this test,
 * it never takes a line that reads as a statement, and a bad model file is
 * refused by name.
 */
import { describe, expect, it } from 'vitest';
import { BoilerplateKind } from '../../src/domain/format.js';
import { detectBoilerplate, linesOf } from '../../src/ingest/boilerplate.js';
import { IN_SAMPLE_STYLE_SETS, readStyleSet, trainingPageOf } from '../../src/ingest/evaluate.js';
import { cutsOf, FurnitureModel, furnitureItems, furnitureModel, isLearned, labelLine, learnedFurniture, readsAsStatement, trainFurnitureModel, trainLogistic } from '../../src/ingest/furniture-model.js';

const PAGE = [
  'Harbourview Daily',
  '',
  'Ferry strike leaves Marbek islanders stranded',
  '',
  'MARBEK, March 4 (Harbourview) - Ferry crews on the Marbek line walked out on Thursday, leaving some 2,000 islanders without a crossing, the union said.',
  '',
  'The port authority said talks would resume on Friday.',
  '',
  '"We cannot keep running boats with half the crew," a union steward told reporters at the quay.',
  '',
  'Reader comments (14)',
  'Log in or register to reply',
  'Sponsored',
  'Cheap ferry tickets to the islands - book now',
  '',
].join('\n');
const quotes = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

describe('learned furniture model', () => {
  it('is the file the in-sample style sets give, trained on those sets only', () => {
    const committed = furnitureModel();
    expect(committed.trainedOn).toEqual([...IN_SAMPLE_STYLE_SETS]);
    const pages = IN_SAMPLE_STYLE_SETS.flatMap((dir) => readStyleSet(dir).map(trainingPageOf));
    expect(pages.length).toBeGreaterThanOrEqual(60);
    const fresh = trainFurnitureModel(pages, [...IN_SAMPLE_STYLE_SETS], committed.threshold);
    expect(JSON.parse(JSON.stringify(fresh))).toEqual(committed);
  });

  it('marks furniture no rule names, with its kind and probability, and leaves the body', () => {
    const rules = detectBoilerplate(PAGE, { outlet: 'Harbourview Daily', furniture: null });
    const unnamed = ['Reader comments (14)', 'Log in or register to reply', 'Sponsored', 'Cheap ferry tickets to the islands - book now'];
    for (const line of unnamed) expect(quotes(PAGE, rules)).not.toContain(line);

    const both = detectBoilerplate(PAGE, { outlet: 'Harbourview Daily' });
    const learned = both.filter(isLearned);
    expect(quotes(PAGE, learned)).toEqual(unnamed);
    for (const b of learned) expect(b.note).toMatch(/p=0\.(?:8|9)\d\.$/);
    // The kind is the kind model's best guess (right for about four in five learned lines, docs/ingest.md): a furniture kind, never the headline's.
    for (const b of learned) expect(BoilerplateKind.exclude(['HEADLINE', 'STANDFIRST']).safeParse(b.kind).success).toBe(true);
    // Every rule span is still there, and no body sentence is touched.
    expect(quotes(PAGE, both).filter((q) => quotes(PAGE, rules).includes(q))).toEqual(quotes(PAGE, rules));
    for (const body of ['The port authority said talks would resume on Friday.', 'a union steward told reporters']) {
      expect(quotes(PAGE, both).some((q) => q.includes(body))).toBe(false);
    }
  });

  it('never takes a line that reads as a statement, however sure it is', () => {
    for (const line of ['Some 900 families left their homes.', 'His remarks were translated by an interpreter.', '1 Floodwater has cut Marbek off from Route 9', 'Rescuers search a flooded street in Marbek, March 4, 2021.', 'Follow-up talks on Monday ended early.', 'In Marbek, floodwater has cut off 3,000 homes.', 'On Friday, rescuers pulled 14 survivors from the mud.']) {
      expect(readsAsStatement(line), line).toBe(true);
    }
    for (const line of ['Sign in to continue the conversation', 'What happens next?', 'TC 00:00:09 Engineer lifting a pump', 'Sponsored', 'Footage: Marbek council / pool. Clip duration 1\'40".', 'Get the Harbourview app - free download', 'SEQ 01 ▹ Wide of the ferry quay, collapsed sheds', '🔔 Turn on flood-warning notifications']) {
      expect(readsAsStatement(line), line).toBe(false);
    }
    // A model sure that everything is furniture flags the sentences; the rules take one only before the body begins.
    const certain: FurnitureModel = { ...furnitureModel(), furniture: { bias: 50 } };
    const lines = [
      { start: 0, end: 35, text: 'Some 900 families left their homes.' },
      { start: 36, end: 45, text: 'Sponsored' },
      { start: 46, end: 70, text: 'Will the ferries run again?' },
    ];
    expect(learnedFurniture(certain, lines).map((l) => [l.text, l.sentence])).toEqual([
      ['Some 900 families left their homes.', true],
      ['Sponsored', false],
      ['Will the ferries run again?', true],
    ]);
    const page = ['Ferry strike leaves Marbek islanders stranded', '', 'Some 900 families left their homes.', '', 'Will the ferries run again?', '', 'Sponsored', ''].join('\n');
    expect(quotes(page, detectBoilerplate(page, { furniture: certain }))).toEqual(['Ferry strike leaves Marbek islanders stranded', 'Sponsored']);
  });

  it('trains deterministically and labels a line by the furniture over half its visible characters', () => {
    const rows = [
      { features: ['bias', 'short'], label: 1 },
      { features: ['bias', 'long'], label: 0 },
      { features: ['bias', 'short', 'digit'], label: 1 },
      { features: ['bias', 'long', 'digit'], label: 0 },
    ];
    const a = trainLogistic(rows);
    expect(a).toEqual(trainLogistic(rows));
    expect(a.short!).toBeGreaterThan(0.5);
    expect(a.long!).toBeLessThan(-0.5);

    const text = 'Photo: Ana Lind/Harbourview';
    expect(labelLine(text, { start: 0, end: text.length }, [{ start: 7, end: text.length, kind: 'CREDIT_LINE' }])).toBe('CREDIT_LINE');
    expect(labelLine(text, { start: 0, end: text.length }, [{ start: 0, end: 6, kind: 'PHOTO_CAPTION' }])).toBeNull();
  });

  it('learns where a furniture line splits into items, from how the pages it trains on split them', () => {
    expect(cutsOf('10:05 GMT · Ana Lind').map((c) => c.separator)).toEqual(['·']);
    expect(cutsOf('MARBEK  World › Europe | Ferries').map((c) => c.separator)).toEqual(['spaces', '|']);
    expect(cutsOf('A cease-fire - and a well-known port')).toEqual([{ start: 12, end: 15, separator: 'hyphen' }]);
    // Pages on which a post's time and its author are two items, and a live page's date and count of updates one.
    const authors = ['Ana Lind', 'Bo Kerr', 'Cai Moss', 'Dee Holt', 'Eli Varga', 'Fen Oduya'];
    const pages = authors.map((author, n) => {
      const stamp = `${10 + n}:0${n} GMT · ${author}`;
      const live = `${['Monday', 'Tuesday', 'Friday'][n % 3]} ${n + 3} March · ${n + 9} updates`;
      const text = [live, '', stamp, 'Ferry crews on the Marbek line walked out on Thursday, the union said.', ''].join('\n');
      const at = text.indexOf(stamp);
      const furniture = [
        { start: 0, end: live.length, kind: 'DATELINE' as const },
        { start: at, end: at + stamp.indexOf(' ·'), kind: 'DATELINE' as const },
        { start: at + stamp.indexOf(author), end: at + stamp.length, kind: 'BYLINE' as const },
      ];
      return { text, lines: linesOf(text), furniture };
    });
    const model = trainFurnitureModel(pages, ['invented pages'], 0.8);
    const items = (line: string) => furnitureItems(model, line).map((s) => line.slice(s.start, s.end));
    expect(items('16:40 GMT · Gil Amari')).toEqual(['16:40 GMT', 'Gil Amari']);
    expect(items('Sunday 9 March · 21 updates')).toEqual(['Sunday 9 March · 21 updates']);
    // The committed model does the same for a live page's post stamp (the in-sample sets print them so).
    const page = ['Ferry strike: live', '', '14:02 GMT · Oskar Lindqvist', 'Ferry crews on the Marbek line walked out on Thursday, the union said.', ''].join('\n');
    expect(quotes(page, detectBoilerplate(page))).toEqual(expect.arrayContaining(['14:02 GMT', 'Oskar Lindqvist']));
  });

  it('refuses a model file that is not one, naming what is wrong', () => {
    const bad = FurnitureModel.safeParse({ ...furnitureModel(), threshold: 1.5 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['threshold']);
    expect(FurnitureModel.safeParse({ ...furnitureModel(), kinds: [{ kind: 'FOOTER', weights: {} }] }).success).toBe(false);
  });
});
