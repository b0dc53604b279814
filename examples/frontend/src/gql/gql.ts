/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Disputes {\n  topics(filterBy: {agreement: [CONFLICT]}) {\n    nodes {\n      question\n      positionsConnection(first: 50) {\n        totalCount\n        nodes {\n          source {\n            slug\n            publisher\n            publishedAt\n          }\n          claimant {\n            name\n          }\n          value\n          qualifier\n          evidence {\n            quote\n          }\n        }\n      }\n    }\n  }\n}\n\nquery ClaimsAbout($place: String!, $first: Int = 20) {\n  claims(filterBy: {places: [$place]}, first: $first) {\n    totalCount\n    nodes {\n      statement\n      source {\n        slug\n      }\n      evidence {\n        start\n        end\n        quote\n      }\n    }\n  }\n}": typeof types.DisputesDocument,
};
const documents: Documents = {
    "query Disputes {\n  topics(filterBy: {agreement: [CONFLICT]}) {\n    nodes {\n      question\n      positionsConnection(first: 50) {\n        totalCount\n        nodes {\n          source {\n            slug\n            publisher\n            publishedAt\n          }\n          claimant {\n            name\n          }\n          value\n          qualifier\n          evidence {\n            quote\n          }\n        }\n      }\n    }\n  }\n}\n\nquery ClaimsAbout($place: String!, $first: Int = 20) {\n  claims(filterBy: {places: [$place]}, first: $first) {\n    totalCount\n    nodes {\n      statement\n      source {\n        slug\n      }\n      evidence {\n        start\n        end\n        quote\n      }\n    }\n  }\n}": types.DisputesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Disputes {\n  topics(filterBy: {agreement: [CONFLICT]}) {\n    nodes {\n      question\n      positionsConnection(first: 50) {\n        totalCount\n        nodes {\n          source {\n            slug\n            publisher\n            publishedAt\n          }\n          claimant {\n            name\n          }\n          value\n          qualifier\n          evidence {\n            quote\n          }\n        }\n      }\n    }\n  }\n}\n\nquery ClaimsAbout($place: String!, $first: Int = 20) {\n  claims(filterBy: {places: [$place]}, first: $first) {\n    totalCount\n    nodes {\n      statement\n      source {\n        slug\n      }\n      evidence {\n        start\n        end\n        quote\n      }\n    }\n  }\n}"): (typeof documents)["query Disputes {\n  topics(filterBy: {agreement: [CONFLICT]}) {\n    nodes {\n      question\n      positionsConnection(first: 50) {\n        totalCount\n        nodes {\n          source {\n            slug\n            publisher\n            publishedAt\n          }\n          claimant {\n            name\n          }\n          value\n          qualifier\n          evidence {\n            quote\n          }\n        }\n      }\n    }\n  }\n}\n\nquery ClaimsAbout($place: String!, $first: Int = 20) {\n  claims(filterBy: {places: [$place]}, first: $first) {\n    totalCount\n    nodes {\n      statement\n      source {\n        slug\n      }\n      evidence {\n        start\n        end\n        quote\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;