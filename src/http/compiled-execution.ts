/**
 * Execution compiled once per document and operation (graphql-jit): a
 * repeated query skips graphql-js's interpretation of the document. The cache
 * is keyed by the parsed document (yoga's parse cache hands the same object to
 * every request with the same text) and by the operation name, so a document
 * holding several operations runs the one each request names.
 */
import type { DocumentNode, ExecutionArgs, ExecutionResult } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

type Compiled = Pick<CompiledQuery, 'query' | 'stringify'>;

export function useCompiledExecution(): Plugin {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();

  function compiledFor(args: ExecutionArgs): Compiled {
    let byOperation = compiled.get(args.document);
    if (!byOperation) compiled.set(args.document, (byOperation = new Map()));
    const name = args.operationName ?? '';
    let entry = byOperation.get(name);
    if (!entry) {
      const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
      // A document graphql-jit cannot compile answers with its errors, as graphql-js would.
      entry = isCompiledQuery(result) ? result : { query: () => result as ExecutionResult, stringify: (r: unknown) => JSON.stringify(r) };
      byOperation.set(name, entry);
    }
    return entry;
  }

  const execute = async (args: ExecutionArgs) => {
    const entry = compiledFor(args);
    const result = (await entry.query(args.rootValue, args.contextValue, args.variableValues)) as ExecutionResult & { stringify?: (r: unknown) => string };
    result.stringify = entry.stringify;
    return result;
  };

  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(execute);
    },
  };
}
