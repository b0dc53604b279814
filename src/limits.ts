/**
 * Abuse limits, all enforced before execution: graphql-armor for depth,
 * aliases, tokens and directives (and blocking field suggestions),
 * @pothos/plugin-complexity's rule for a cost budget that counts list fields by
 * their page size, and introspection switched off when configured.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from './config.js';

export const LIMIT_EXCEEDED = 'LIMIT_EXCEEDED';

/**
 * Rejects an operation whose cost exceeds the budget, once, before any resolver
 * runs. The cost depends only on the document, the operation and the variables
 * (page sizes), so it is measured once per such triple: yoga's parse cache
 * hands the same document object to every request with the same query text.
 */
function costLimit(schema: GraphQLSchema, maxCost: number): Plugin {
  const measured = new WeakMap<DocumentNode, Map<string, readonly GraphQLError[]>>();
  const MAX_VARIANTS = 100;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const key = keyOf(args);
      let variants = measured.get(args.document);
      let errors = key === null ? undefined : variants?.get(key);
      if (!errors) {
        errors = measure(args);
        if (key !== null) {
          if (!variants) measured.set(args.document, (variants = new Map()));
          if (variants.size >= MAX_VARIANTS) variants.clear();
          variants.set(key, errors);
        }
      }
      if (errors.length) setResultAndStopExecution({ errors });
    },
  };

  /** The variables and operation as a key; null for variables too deep to serialise (they fail coercion anyway). */
  function keyOf(args: ExecutionArgs): string | null {
    try {
      return JSON.stringify([args.operationName ?? null, args.variableValues ?? null]);
    } catch {
      return null;
    }
  }

  function measure(args: ExecutionArgs): readonly GraphQLError[] {
    return validate(schema, args.document, [
      createComplexityRule({
        context: args.contextValue as object,
        variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
        operationName: args.operationName,
        validate: (result, report) => {
          if (result.complexity <= maxCost) return;
          report(
            new GraphQLError(`Query cost limit of ${maxCost} exceeded, found ${result.complexity}. Lists count by their page size (first/last): ask for smaller pages.`, {
              extensions: { code: LIMIT_EXCEEDED, limit: 'cost', max: maxCost, found: result.complexity, http: { status: 400, spec: true } },
            }),
          );
        },
      }),
    ]);
  }
}

/** graphql-armor's limit errors, e.g. "Syntax Error: Query depth limit of 12 exceeded, found 14." */
const ARMOR_LIMIT = /^(?:Syntax Error: )?((Query depth|Aliases|Directives|Token) limit of (\d+) exceeded(?:, found (\d+))?\.?)$/;
const ARMOR_NAMES: Record<string, string> = { 'Query depth': 'depth', Aliases: 'aliases', Directives: 'directives', Token: 'tokens' };

/**
 * Gives armor's limit errors a stable code and a 400 status, and drops the
 * "Syntax Error:" prefix it adds to a query that is well-formed but too big.
 */
export function asLimitError(error: GraphQLError): GraphQLError {
  const match = ARMOR_LIMIT.exec(error.message);
  if (!match) return error;
  return new GraphQLError(match[1]!, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { code: LIMIT_EXCEEDED, limit: ARMOR_NAMES[match[2]!], max: Number(match[3]), ...(match[4] ? { found: Number(match[4]) } : {}), http: { status: 400, spec: true } },
  });
}

/**
 * By default armor throws from inside validation, which yoga answers as an
 * execution error with status 200; reported instead, a limit is a validation
 * error (400) like any other, with its code.
 */
const reportAsValidationError = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(asLimitError(error))],
};

/** graphql-js gives up checking field merging after a comparison budget, and says only "Validation aborted.". */
const MERGE_CHECK_ABORTED = 'Validation aborted.';

/** The token limit is checked while parsing: label that error too; and say what an aborted validation means. */
function labelTokenLimitErrors(): Plugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (!result.some((e) => e.message === MERGE_CHECK_ABORTED)) return;
        setResult(
          result.map((e) =>
            e.message === MERGE_CHECK_ABORTED
              ? new GraphQLError('The query repeats fields too many times to be checked (graphql-js stops checking that fields can be merged after 500,000 comparisons): remove the repeated fields', {
                  extensions: { code: LIMIT_EXCEEDED, limit: 'field-merging', http: { status: 400, spec: true } },
                })
              : e,
          ),
        );
      };
    },
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError && ARMOR_LIMIT.test(result.message)) replaceParseResult(asLimitError(result));
      };
    },
  };
}

export function limitPlugins(schema: GraphQLSchema, config: Config): Plugin[] {
  const plugins: Plugin[] = [
    EnvelopArmorPlugin({
      // Depth of the selection as executed: fragments add no level of their own.
      maxDepth: { n: config.maxDepth, flattenFragments: true, ...reportAsValidationError },
      maxAliases: { n: config.maxAliases, ...reportAsValidationError },
      // Tokens are counted by the parser, which must stop at the limit: that one throws.
      maxTokens: { n: config.maxTokens, exposeLimits: true },
      maxDirectives: { n: config.maxDirectives, ...reportAsValidationError },
      blockFieldSuggestion: { enabled: !config.fieldSuggestions },
      // The budget below counts page sizes; armor's own cost rule does not, so it stays off.
      costLimit: { enabled: false },
    }) as Plugin,
    labelTokenLimitErrors(),
    costLimit(schema, config.maxCost),
  ];
  if (!config.introspection) plugins.push(useDisableIntrospection() as Plugin);
  return plugins;
}
