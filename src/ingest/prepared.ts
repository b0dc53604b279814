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
/** The costly indexes, by the curated evidence they are built from: a Knowledge that shares it (knowledgeAfter) reuses them. */
const byTopics = new WeakMap<object, { answers: unknown; claims: unknown; topics: TopicMatcher; categories: CategoryMatcher }>();
const byEvents = new WeakMap<object, { claims: unknown; events: EventIndex }>();

/**
 * The indexes over a Knowledge, built on first use and kept as long as the
 * Knowledge is. The topic and event indexes depend only on the curated
 * evidence (topics, their answers and claims; events and their claims): a
 * Knowledge that shares those objects with one prepared before (as
 * knowledgeAfter's does) reuses them, and only the cheap alias tables and the
 * places and pending events are built again. (A question naming an actor that
 * only a later draft adds keeps its first reading until the next full build.)
 */
export function prepare(knowledge: Knowledge): Prepared {
  let prepared = cache.get(knowledge);
  if (!prepared) {
    const index = new EntityIndex(knowledge);
    let t = byTopics.get(knowledge.topics);
    if (!t || t.answers !== knowledge.topicAnswers || t.claims !== knowledge.topicClaims) {
      t = { answers: knowledge.topicAnswers, claims: knowledge.topicClaims, topics: new TopicMatcher(knowledge, index), categories: new CategoryMatcher(knowledge, index) };
      byTopics.set(knowledge.topics, t);
    }
    const eventsKey = knowledge.events ?? knowledge;
    const e = byEvents.get(eventsKey);
    let events: EventIndex;
    if (e && e.claims === knowledge.eventClaims) events = e.events.rebase(knowledge);
    else {
      events = new EventIndex(knowledge);
      byEvents.set(eventsKey, { claims: knowledge.eventClaims, events });
    }
    prepared = { index, topics: t.topics, categories: t.categories, actors: new ActorMatcher(knowledge), events };
    cache.set(knowledge, prepared);
  }
  return prepared;
}
