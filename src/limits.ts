/**
 * Abuse limits, all enforced before execution: graphql-armor for depth,
 * aliases, tokens and directives (and blocking field suggestions),
 * @pothos/plugin-complexity's rule for a cost budget that counts list fields by
 * their page size, and introspection switched off when configured.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError, validate, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from './config.js';

export const LIMIT_EXCEEDED = 'LIMIT_EXCEEDED';

/** Rejects an operation whose cost exceeds the budget, once, before any resolver runs. */
function costLimit(schema: GraphQLSchema, maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let cost = 0;
      const errors = validate(schema, args.document, [
        createComplexityRule({
          context: args.contextValue as object,
          variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
          operationName: args.operationName,
          validate: (result, report) => {
            cost = Math.max(cost, result.complexity);
            if (result.complexity > maxCost) {
              report(
                new GraphQLError(`Query cost limit of ${maxCost} exceeded, found ${result.complexity}. Lists count by their page size (first/last): ask for smaller pages.`, {
                  extensions: { code: LIMIT_EXCEEDED, limit: 'cost', max: maxCost, found: result.complexity },
                }),
              );
            }
          },
        }),
      ]);
      if (errors.length) setResultAndStopExecution({ errors });
    },
  };
}

export function limitPlugins(schema: GraphQLSchema, config: Config): Plugin[] {
  const plugins: Plugin[] = [
    EnvelopArmorPlugin({
      maxDepth: { n: config.maxDepth, exposeLimits: true },
      maxAliases: { n: config.maxAliases, exposeLimits: true },
      maxTokens: { n: config.maxTokens, exposeLimits: true },
      maxDirectives: { n: config.maxDirectives, exposeLimits: true },
      blockFieldSuggestion: { enabled: !config.fieldSuggestions },
      // The budget below counts page sizes; armor's own cost rule does not, so it stays off.
      costLimit: { enabled: false },
    }) as Plugin,
    costLimit(schema, config.maxCost),
  ];
  if (!config.introspection) plugins.push(useDisableIntrospection() as Plugin);
  return plugins;
}
