/**
 * The indexes the extractor and the linker read, built once per Knowledge
 * value and reused for every article drafted with it: the alias table and
 * spelling variants, the topic profiles, the actors' name signatures, the
 * event index (word weights, places, topics). At 250,000 claims a draft must
 * take seconds, so nothing here is rebuilt per article.
 */
import { ActorMatcher } from './claimants.js';
import { EntityIndex, type Knowledge } from './entities.js';
import { EventIndex } from './link.js';
import { CategoryMatcher, TopicMatcher } from './topics.js';

export interface Prepared {
  index: EntityIndex;
  topics: TopicMatcher;
  categories: CategoryMatcher;
  actors: ActorMatcher;
  events: EventIndex;
}

const cache = new WeakMap<Knowledge, Prepared>();

/** The indexes over a Knowledge, built on first use and kept as long as the Knowledge is. */
export function prepare(knowledge: Knowledge): Prepared {
  let prepared = cache.get(knowledge);
  if (!prepared) {
    const index = new EntityIndex(knowledge);
    prepared = { index, topics: new TopicMatcher(knowledge, index), categories: new CategoryMatcher(knowledge, index), actors: new ActorMatcher(knowledge), events: new EventIndex(knowledge) };
    cache.set(knowledge, prepared);
  }
  return prepared;
}
