/**
 * The operations whose answers must not change however the server executes
 * them: every query of examples/operations/*.graphql, once per example
 * variables (examples/operations/variables.json; once without when it
 * declares none), and the benchmark's queries (bench/queries.ts).
 */
import { execute, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchQueries, Q1 } from '../../bench/queries.js';
import type { Store } from '../../src/domain/store.js';
import { createContext, fixedStore } from '../../src/graphql/context.js';
import { schema } from '../../src/graphql/schema.js';
import { PROJECT_ROOT } from '../../tools/harness.js';

const OPERATIONS_DIR = join(PROJECT_ROOT, 'examples/operations');

export interface Case {
  name: string;
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

export async function exampleCases(store: Store): Promise<Case[]> {
  const exampleVariables = JSON.parse(readFileSync(join(OPERATIONS_DIR, 'variables.json'), 'utf8')) as Record<string, Array<Record<string, unknown>>>;
  const cases: Case[] = [];
  for (const file of readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql')).sort()) {
    const query = readFileSync(join(OPERATIONS_DIR, file), 'utf8');
    // Mutations change the data: their answers are checked by the curation tests.
    for (const operation of parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query')) {
      const name = operation.name!.value;
      const variableSets = operation.variableDefinitions?.length ? exampleVariables[name] : [undefined];
      if (!variableSets?.length) throw new Error(`${file}: ${name} declares variables but examples/operations/variables.json gives none`);
      variableSets.forEach((variables, i) => cases.push({ name: `${file} ${name}${variables ? ` #${i + 1} ${JSON.stringify(variables)}` : ''}`, query, operationName: name, variables }));
    }
  }
  // Q2's id is the first event of Q1's answer, as bench/run.ts picks it.
  const q1 = (await execute({ schema, document: parse(Q1), contextValue: createContext(fixedStore(store)) })) as { data: { events: { nodes: Array<{ id: string }> } } };
  for (const q of benchQueries(q1.data.events.nodes[0]!.id)) cases.push({ name: `bench ${q.id}`, query: q.query });
  return cases;
}
