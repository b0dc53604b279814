/**
 * GraphQL enums built from the zod enums of the data format, so a value added
 * to the format appears in the schema with its description, never twice typed.
 */
import type { z } from 'zod';
import { builder } from '../builder.js';

export function enumFrom<const V extends string>(name: string, description: string, zodEnum: z.ZodEnum<{ [K in V]: K }>, descriptions: Record<V, string>) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(zodEnum.options.map((v) => [v, { description: descriptions[v as V] }])) as Record<V, { description: string }>,
  });
}
