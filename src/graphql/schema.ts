/**
 * The schema: every type module registers its types and root fields on the
 * builder; this module imports them all and builds the schema once.
 */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import { rememberBuiltResolvers } from './plan.js';
import './scalars.js';
import './types/node.js';
import './types/evidence.js';
import './types/source.js';
import './types/claim.js';
import './types/event.js';
import './types/topic.js';
import './types/actor.js';
import './types/place.js';
import './types/search.js';
import './types/timeline.js';
import './types/suggestion.js';
import './types/change.js';
import './types/curation.js';
import './types/subscription.js';

builder.queryType({ description: 'The root of every claimgraph query. Every answer carries `extensions.provenance`.' });

export const schema = builder.toSchema();
// Before any plugin can replace a resolver (resolver tracing): a replaced one is run by the generic executor.
rememberBuiltResolvers(schema);

/** schema.graphql's content: sorted so diffs are stable. */
export const printedSchema = () => printSchema(lexicographicSortSchema(schema));
