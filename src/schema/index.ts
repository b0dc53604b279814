/**
 * The schema: every domain module registers its types and root fields on the
 * builder; this module imports them all and builds the schema once.
 */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from '../builder.js';
import { trackProvenance } from '../provenance.js';
import './node.js';
import './evidence.js';
import './source.js';
import './claim.js';
import './event.js';
import './topic.js';
import './actor.js';
import './place.js';
import './search.js';
import './timeline.js';

export const schema = trackProvenance(builder.toSchema());

/** schema.graphql's content: sorted so diffs are stable. */
export const printedSchema = () => printSchema(lexicographicSortSchema(schema));
