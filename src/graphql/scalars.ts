/** The custom scalars: `Date` (a calendar day) and `JSON` (a GeoJSON document). */
import { GraphQLScalarType, Kind, print } from 'graphql';
import { builder } from './builder.js';
import { badUserInput } from './errors.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw badUserInput(`Date must be an ISO 8601 calendar date (YYYY-MM-DD), got ${JSON.stringify(value)}`);
  }
  return value;
}

builder.addScalarType(
  'Date',
  new GraphQLScalarType({
    name: 'Date',
    description: 'A calendar date, ISO 8601 `YYYY-MM-DD` (no time, no time zone).',
    serialize: (value) => value,
    parseValue: parseIsoDate,
    parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : print(ast)),
  }),
);

builder.addScalarType(
  'JSON',
  new GraphQLScalarType({
    name: 'JSON',
    description: 'Any JSON value (used for GeoJSON documents).',
    serialize: (value) => value,
  }),
);
