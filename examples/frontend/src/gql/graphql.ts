/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How exactly a number is stated; decides the bounds `low`/`high`. */
export type Qualifier =
  /** "around", "about", "some": the rounding span widened to at least ±10%. */
  | 'APPROXIMATELY'
  /** "at least": the value or more. */
  | 'AT_LEAST'
  /** "at most": up to the value. */
  | 'AT_MOST'
  /** "a few" (value 3): 2 to 9. */
  | 'A_FEW'
  /** "dozens of" (value 12): 24 to 99. */
  | 'DOZENS_OF'
  /** A plain number: it spans half a unit of its last significant digit (7 → [6.5, 7.5), 600,000 → [550,000, 650,000)). */
  | 'EXACT'
  /** "hundreds of" (value 100): 200 to 999. */
  | 'HUNDREDS_OF'
  /** "less than", "under": below the value. */
  | 'LESS_THAN'
  /** "more than", "over", "well over": above the value, unbounded. */
  | 'MORE_THAN'
  /** "nearly", "almost": from 90% of the value up to the value. */
  | 'NEARLY'
  /** "scores of" (value 20): 40 to 199. */
  | 'SCORES_OF'
  /** "thousands of" (value 1,000): 2,000 to 9,999. */
  | 'THOUSANDS_OF';

export type DisputesQueryVariables = Exact<{ [key: string]: never; }>;


export type DisputesQuery = { topics: { nodes: Array<{ question: string, positionsConnection: { totalCount: number, nodes: Array<{ value: number | null, qualifier: Qualifier | null, source: { slug: string, publisher: string, publishedAt: string }, claimant: { name: string } | null, evidence: Array<{ quote: string }> }> } }> } };

export type ClaimsAboutQueryVariables = Exact<{
  place: string;
  first?: number | null | undefined;
}>;


export type ClaimsAboutQuery = { claims: { totalCount: number, nodes: Array<{ statement: string, source: { slug: string }, evidence: Array<{ start: number, end: number, quote: string }> }> } };


export const DisputesDocument = {"__meta__":{"hash":"sha256:becfeb6d5370b420564d32b1905908cbc4b6b0619f4394b28ed053d25c167f69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filterBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"agreement"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CONFLICT"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"positionsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DisputesQuery, DisputesQueryVariables>;
export const ClaimsAboutDocument = {"__meta__":{"hash":"sha256:3503a4e35485e28e7787aac2e46f1f4ec22c16fcb6c543198f569376885e82f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimsAbout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filterBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"places"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"place"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimsAboutQuery, ClaimsAboutQueryVariables>;