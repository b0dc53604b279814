/**
 * Every paged field, at whatever depth a query reaches it, refuses a page out
 * of bounds with BAD_USER_INPUT before anything runs. The queries are made
 * from the schema itself, so a paged field added later is checked too.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { post } from '../helpers/api.js';

/** A literal of an input type, for the required arguments on the way. */
function literalOf(type: GraphQLInputType): string {
  const inner = getNullableType(type);
  if (isListType(inner)) return `[${literalOf(inner.ofType)}]`;
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    const required = Object.values(inner.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${required.map((f) => `${f.name}: ${literalOf(f.type)}`).join(', ')} }`;
  }
  const named = getNamedType(inner).name;
  return { Int: '1', Float: '1', Boolean: 'true', Date: '"2020-02-01"' }[named] ?? '"x"';
}

const requiredArgs = (field: GraphQLField<unknown, unknown>, ...more: string[]) => {
  const args = [...field.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: ${literalOf(a.type)}`), ...more];
  return args.length ? `(${args.join(', ')})` : '';
};

/** The shortest selection from Query that reaches each object type: `{ … }` with a hole for the innermost selection. */
function pathsToTypes(): Map<string, (inner: string) => string> {
  const paths = new Map<string, (inner: string) => string>([['Query', (inner) => `{ ${inner} }`]]);
  const queue: GraphQLNamedType[] = [schema.getQueryType()!];
  while (queue.length) {
    const type = queue.shift()! as GraphQLObjectType;
    const wrap = paths.get(type.name)!;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      const select = (inner: string) => wrap(`${field.name}${requiredArgs(field)} { ${inner} }`);
      const members = isUnionType(target) || isInterfaceType(target) ? schema.getPossibleTypes(target) : isObjectType(target) ? [target] : [];
      for (const member of members) {
        if (paths.has(member.name)) continue;
        paths.set(member.name, member === target ? select : (inner) => select(`... on ${member.name} { ${inner} }`));
        queue.push(member);
      }
    }
  }
  return paths;
}

describe('page bounds, at any depth', () => {
  const paths = pathsToTypes();
  const paged = [...paths.keys()]
    .map((name) => schema.getType(name) as GraphQLObjectType)
    .flatMap((type) => Object.values(type.getFields()).filter((f) => f.extensions.pagedList).map((field) => ({ type, field })));

  it('reaches paged fields on many types', () => {
    expect(paged.length).toBeGreaterThan(25);
    expect(new Set(paged.map((p) => p.type.name)).size).toBeGreaterThan(8);
  });

  it.each(paged.map(({ type, field }) => [`${type.name}.${field.name}`, type, field] as const))('%s refuses first: 101 and last: 0, naming the argument', async (_name, type, field) => {
    const wrap = paths.get(type.name)!;
    for (const [argument, value] of [['first', 101], ['last', 0]] as const) {
      const query = wrap(`${field.name}${requiredArgs(field, `${argument}: ${value}`)} { totalCount }`);
      const result = await post({ query });
      expect(result.status, query).toBe(400);
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message, query).toBe(`Invalid argument: ${argument}: must be between 1 and 100`);
    }
  });

  it('also through a variable and a fragment', async () => {
    const result = await post({ query: 'query ($n: Int) { events(first: 1) { nodes { ...E } } } fragment E on Event { claims(first: $n) { totalCount } }', variables: { n: 500 } });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({ message: 'Invalid argument: first: must be between 1 and 100', extensions: { code: 'BAD_USER_INPUT', field: 'Event.claims' } });
  });
});
