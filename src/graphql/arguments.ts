/**
 * Argument checks: the shape rules declared with `validate` (zod, through
 * @pothos/plugin-zod's options) on arguments, input fields and fields, run
 * synchronously and only on the fields that have a rule.
 *
 * @pothos/plugin-zod wraps every field that takes an input object (every
 * `filterBy`, every `orderBy`, ruled or not) in an async zod parse on every
 * call, which makes each such field a promise. Here the same validators (the
 * plugin's own, built from the same options) are a plain function per field:
 * the compiled plans (plan.ts) run it once per document and variables; the
 * field's resolver runs it on each call for executors that bypass the plans
 * (the generic path, graphql-js in tests, the benchmark's peers). A failed
 * check is the same BAD_USER_INPUT field error either way (builder.ts maps it).
 *
 * The rules refine, never transform: resolvers get the arguments as given.
 */
import SchemaBuilder, { mapInputFields, PothosSchemaError, PothosValidationError, type PothosInputFieldConfig, type PothosInputFieldType, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { PothosZodPlugin } from '@pothos/plugin-zod';
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import * as zod from 'zod';

/** Null when the arguments pass, else the error the field answers with. */
export type ArgumentCheck = (args: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => Error | null;

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      argumentChecks: PothosArgumentChecksPlugin<Types>;
    }
  }
}

/** The check of every field that has one, by schema coordinate ("Type.field"). */
const checks = new Map<string, ArgumentCheck>();

/** The argument check of a field, or undefined when none of its arguments has a rule. */
export const argumentCheckOf = (typeName: string, fieldName: string): ArgumentCheck | undefined => checks.get(`${typeName}.${fieldName}`);

export class PothosArgumentChecksPlugin<Types extends SchemaTypes> extends PothosZodPlugin<Types> {
  private readonly inputMappings = new Map();

  override wrapResolve(resolver: GraphQLFieldResolver<unknown, Types['Context'], object>, fieldConfig: PothosOutputFieldConfig<Types>): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const check = this.checkFor(fieldConfig);
    if (!check) return resolver;
    checks.set(`${fieldConfig.parentType}.${fieldConfig.name}`, check);
    return (parent, args, context, info) => {
      const error = check(args as Record<string, unknown>, context, info);
      if (error) throw error;
      return resolver(parent, args, context, info);
    };
  }

  /** The plugin's validators for this field's arguments, as one synchronous check; null when no argument has a rule. */
  private checkFor(fieldConfig: PothosOutputFieldConfig<Types>): ArgumentCheck | null {
    const fieldRule = (fieldConfig.pothosOptions as { validate?: unknown }).validate;
    // The zod plugin gives every input-object argument a validator, ruled or not: look for an actual rule.
    const ruled = mapInputFields(fieldConfig.args, this.buildCache, (field) => (this.hasRule(field) ? true : null), this.inputMappings);
    if (!ruled && !fieldRule) return null;
    const shape: Record<string, zod.ZodType> = {};
    for (const [name, arg] of Object.entries(fieldConfig.args)) {
      const validator = (arg.extensions as { validator?: zod.ZodType } | undefined)?.validator;
      if (validator) shape[name] = validator;
    }
    let validator: zod.ZodType = zod.looseObject(shape);
    if (fieldRule) {
      const schema = (fieldRule as { schema?: zod.ZodType }).schema;
      if (!schema || Object.keys(fieldRule).length !== 1) {
        throw new PothosSchemaError(`${fieldConfig.parentType}.${fieldConfig.name}: a field-level \`validate\` takes { schema } only (src/graphql/arguments.ts)`);
      }
      // As the zod plugin orders them: the field's schema, then each argument's rules.
      validator = schema.pipe(validator);
    }
    const asError = this.builder.options.zod?.validationError;
    return (args, context, info) => {
      const result = validator.safeParse(args);
      if (result.success) return null;
      const error = asError ? asError(result.error, args, context as Types['Context'], info) : result.error;
      return typeof error === 'string' ? new PothosValidationError(error) : error;
    };
  }

  /** Whether an argument or input field has a rule of its own or its input type has one. */
  private hasRule(field: PothosInputFieldConfig<Types>): boolean {
    if ((field.pothosOptions as { validate?: unknown }).validate) return true;
    let type: PothosInputFieldType<Types> = field.type;
    while (type.kind === 'List') type = type.type;
    return type.kind === 'InputObject' && Boolean((this.buildCache.getTypeConfig(type.ref).pothosOptions as { validate?: unknown }).validate);
  }
}

SchemaBuilder.registerPlugin('argumentChecks', PothosArgumentChecksPlugin);
