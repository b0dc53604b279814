/**
 * Abuse limits, all enforced before execution: graphql-armor for depth,
 * aliases, tokens and directives (and blocking field suggestions),
 * @pothos/plugin-complexity's rule for a cost budget that counts list fields by
 * their page size, and introspection switched off when configured.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getArgumentValues,
  getVariableValues,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { Context } from '../graphql/context.js';
import { limitExceeded } from '../graphql/errors.js';
import { pageArgumentProblems } from '../graphql/page-rules.js';


/**
 * What is checked once per document, operation, variables and data version,
 * before any resolver runs: the page arguments of every paged field (the
 * rules of src/graphql/page-rules.ts) and the cost budget. yoga's parse cache
 * hands the same document object to every request with the same query text,
 * so a repeated query costs a map look-up.
 */
function checkedBeforeExecution(schema: GraphQLSchema, maxCost: number): Plugin {
  const checked = new WeakMap<DocumentNode, Map<string, readonly GraphQLError[]>>();
  const MAX_VARIANTS = 100;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const key = keyOf(args);
      let variants = checked.get(args.document);
      let errors = key === null ? undefined : variants?.get(key);
      if (!errors) {
        errors = check(args);
        if (key !== null) {
          if (!variants) checked.set(args.document, (variants = new Map()));
          if (variants.size >= MAX_VARIANTS) variants.clear();
          variants.set(key, errors);
        }
      }
      if (errors.length) setResultAndStopExecution({ errors });
    },
  };

  /** The data version, operation and variables as a key; null for variables too deep to serialise (they fail coercion anyway). */
  function keyOf(args: ExecutionArgs): string | null {
    let variables = '';
    // Serialised only when there are any: most requests have none.
    for (const _ in args.variableValues ?? {}) {
      try {
        variables = JSON.stringify(args.variableValues);
      } catch {
        return null;
      }
      break;
    }
    // A version is hex and an operation name has no space: the parts cannot run into each other.
    return `${(args.contextValue as Context).store.version} ${args.operationName ?? ''} ${variables}`;
  }

  function check(args: ExecutionArgs): readonly GraphQLError[] {
    const variables = (args.variableValues ?? {}) as Record<string, unknown>;
    const pageErrors = pageArgumentErrors(schema, args.document, variables, args.operationName);
    if (pageErrors.length) return pageErrors;
    return validate(schema, args.document, [
      createComplexityRule({
        context: args.contextValue as object,
        variableValues: variables,
        operationName: args.operationName,
        validate: (result, report) => {
          if (result.complexity <= maxCost) return;
          report(limitExceeded(`Query cost limit of ${maxCost} exceeded, found ${result.complexity}. Lists count by their page size (first/last): ask for smaller pages.`, 'cost', maxCost, result.complexity));
        },
      }),
    ]);
  }
}

/**
 * The page arguments of every paged field the operation selects, checked with
 * their variables' values: one BAD_USER_INPUT request error per broken rule.
 */
export function pageArgumentErrors(schema: GraphQLSchema, document: DocumentNode, rawVariables: Record<string, unknown>, operationName?: string | null): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const typeInfo = new TypeInfo(schema);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  // Variables that do not coerce are execution's to report, with its own message.
  const coerced = operation ? getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables) : null;
  if (!coerced || coerced.errors) return [];
  const variables = coerced.coerced;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const visited = new Set<string>();
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const field = typeInfo.getFieldDef();
      if (!field?.extensions?.pagedList) return;
      let values: Record<string, unknown>;
      try {
        values = getArgumentValues(field, node, variables);
      } catch {
        return; // an argument validation has already refused
      }
      for (const { argument, problem } of pageArgumentProblems(values)) {
        errors.push(
          new GraphQLError(`Invalid argument: ${argument}: ${problem}`, {
            nodes: [node],
            extensions: { code: 'BAD_USER_INPUT', issues: [{ path: argument, message: problem }], field: `${typeInfo.getParentType()?.name}.${field.name}`, http: { status: 400, spec: true } },
          }),
        );
      }
    },
    FragmentSpread(node) {
      // Fragments are walked where they are spread, so their fields' types are known; each once.
      const fragment = fragments.get(node.name.value);
      if (!fragment || visited.has(fragment.name.value)) return;
      visited.add(fragment.name.value);
      visit(fragment, visitor);
    },
  });
  if (operation) visit(operation, visitor);
  return errors;
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
  return limitExceeded(match[1]!, ARMOR_NAMES[match[2]!]!, Number(match[3]), match[4] ? Number(match[4]) : undefined, { nodes: error.nodes, source: error.source, positions: error.positions });
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
              ? limitExceeded('The query repeats fields too many times to be checked (graphql-js stops checking that fields can be merged after 500,000 comparisons): remove the repeated fields', 'field-merging', undefined)
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
    checkedBeforeExecution(schema, config.maxCost),
  ];
  if (!config.introspection) plugins.push(useDisableIntrospection() as Plugin);
  return plugins;
}
