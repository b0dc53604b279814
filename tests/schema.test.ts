import SchemaBuilder from '@pothos/core';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Context } from '../src/graphql/context.js';
import { declaredProvenance } from '../src/graphql/provenance.js';
import { schema } from '../src/graphql/schema.js';

describe('the schema', () => {
  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('says that offsets are UTF-16 code units', () => {
    const evidence = schema.getType('Evidence');
    expect(evidence?.description).toContain('UTF-16 code units');
  });
});

describe('lists: paged or declared small', () => {
  const lists = Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type, field })));

  it('every list field either takes a page (connectionField) or declares its bound (boundedList, cappedList)', () => {
    const plainLists = lists.filter(({ field }) => isListType(getNullableType(field.type)));
    expect(plainLists.length).toBeGreaterThan(20);
    const undeclared = plainLists
      .filter(({ field }) => !field.extensions.boundedList && !field.extensions.pageItems)
      .map(({ type, field }) => `${type.name}.${field.name}`);
    expect(undeclared).toEqual([]);
  });

  it('every field that returns a connection is paged with first/last/after/before and marked for the page check', () => {
    const connections = lists.filter(({ field }) => (getNamedType(field.type) as GraphQLObjectType).extensions?.connectionOf);
    expect(connections.length).toBeGreaterThan(20);
    for (const { type, field } of connections) {
      expect(field.extensions.pagedList, `${type.name}.${field.name}`).toBe(true);
      expect(field.args.map((a) => a.name), `${type.name}.${field.name}`).toEqual(expect.arrayContaining(['first', 'last', 'after', 'before']));
    }
  });

  it('every deprecated plain list names its paged sibling, which exists on the same type', () => {
    const deprecated = lists.filter(({ field }) => field.deprecationReason);
    expect(deprecated.length).toBeGreaterThan(5);
    for (const { type, field } of deprecated) {
      const sibling = /`(\w+)` \(paged\)/.exec(field.deprecationReason!)?.[1];
      expect(sibling, `${type.name}.${field.name}`).toBeDefined();
      expect(type.getFields()[sibling!]?.extensions.pagedList, `${type.name}.${sibling}`).toBe(true);
      expect(field.deprecationReason).toMatch(/Removal after \d{4}-\d{2}-\d{2}\./);
    }
  });
});

describe('provenance: declared by every object type', () => {
  it('every object type of the schema has a declaration', () => {
    const declared = declaredProvenance();
    const objectTypes = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__') && ![schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(t));
    expect(objectTypes.length).toBeGreaterThan(20);
    expect(objectTypes.filter((t) => !declared.has(t.name)).map((t) => t.name)).toEqual([]);
  });

  it('a schema with an object type that declares nothing does not build', () => {
    const other = new SchemaBuilder<{ Context: Context }>({ plugins: ['provenance'] });
    const Story = other.objectRef<{ title: string }>('Story').implement({ fields: (t) => ({ title: t.exposeString('title') }) });
    other.queryType({ fields: (t) => ({ story: t.field({ type: Story, resolve: () => ({ title: 'x' }) }) }) });
    expect(() => other.toSchema()).toThrow(/Object type Story declares no provenance/);
  });
});
