/**
 * Actor: a canonical entity that acts or speaks (a state, an army, a monitor, a
 * person...), with every alias the texts spell it by and every mention.
 * Root field `actors`.
 */
import { ActorKind, LIST_BOUNDS } from '../../domain/format.js';
import { builder } from '../builder.js';
import { boundedList, capped, cappedList, connectionField } from '../connection.js';
import { enumFrom, named } from '../inputs.js';
import { ActorConnection, ActorRef, ClaimConnection, EvidenceConnection, EvidenceRef, SourceConnection, SourceRef } from '../refs.js';

export const ActorKindEnum = enumFrom('ActorKind', 'What kind of actor.', ActorKind, {
  STATE: 'A state as a political actor (Turkey, Russia).',
  GOVERNMENT_BODY: 'A ministry, presidency or other government body.',
  MILITARY: "A state's armed forces.",
  ARMED_GROUP: 'A non-state armed group.',
  MONITOR: 'A conflict monitor (the Syrian Observatory for Human Rights).',
  INTERNATIONAL_ORGANISATION: 'The UN, its bodies and other international organisations.',
  MEDIA: 'A news outlet.',
  NEWS_AGENCY: 'A news or video agency (wire service) whose reports other outlets carry.',
  BROADCASTER: 'A television or radio broadcaster.',
  PERSON: 'A named or unnamed individual.',
  GROUP: 'An unnamed group of people (officials, activists, witnesses).',
});

builder.node(ActorRef, {
  description: 'A canonical actor, with every spelling the texts use for it and every place it is mentioned.',
  id: { resolve: (a) => a.id },
  isTypeOf: (value) => (value as { nodeKind?: string }).nodeKind === 'Actor',
  provenance: { none: 'a curated entity: the mentions and sources a query reads from it count their articles' },
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key of the actor.' }),
    name: t.exposeString('name', { description: 'Canonical name, correctly spelt.' }),
    kind: t.field({ type: ActorKindEnum, description: 'What kind of actor.', resolve: (a) => a.kind }),
    description: t.exposeString('description', { description: 'Who the actor is.' }),
    aliases: t.stringList({
      description: 'Every spelling used in the texts (matched case-insensitively on word boundaries).',
      ...boundedList(LIST_BOUNDS.aliases, 'the data format allows this many aliases an entity'),
      resolve: (a) => a.aliases,
    }),
    memberOf: t.field({ type: ActorRef, nullable: true, description: 'The actor this one belongs to (a spokesman to his ministry).', resolve: (a) => a.memberOf }),
    mentions: t.field({ type: [EvidenceRef], description: 'Every place an alias of the actor occurs in the articles, by article and offset.', ...cappedList('mentionsConnection'), resolve: (a) => capped(a.mentions, 'Actor.mentions', 'mentionsConnection') }),
    mentionsConnection: connectionField(t, EvidenceConnection, { description: 'Every place an alias of the actor occurs in the articles, by article slug and offset. O(page): offsets indexed at load.', resolve: (a) => a.mentions }),
    claims: connectionField(t, ClaimConnection, { description: 'Claims the actor makes or is named in, by id. O(page).', resolve: (a) => a.claims }),
    sources: t.field({ type: [SourceRef], description: 'The articles that mention it, by slug.', ...cappedList('sourcesConnection'), resolve: (a) => capped(a.sources, 'Actor.sources', 'sourcesConnection') }),
    sourcesConnection: connectionField(t, SourceConnection, { description: 'The articles that mention it, by slug. O(page).', resolve: (a) => a.sources }),
  }),
});

const ActorFiltersInput = builder.inputType('ActorFilters', {
  description: 'Conditions on actors; all given conditions must hold.',
  fields: (t) => ({
    kinds: t.field({ type: [ActorKindEnum], required: false, description: 'Actors of any of these kinds.' }),
    names: t.stringList({ required: false, description: 'The actors named (id, key or any alias, any case: "SOHR", "war monitor").' }),
  }),
});

builder.queryFields((t) => ({
  actors: connectionField(t, ActorConnection, {
    description: 'Actors, filtered, ordered by key. O(page) for `names` (alias table built at load), O(k) for the k actors of the named kinds.',
    args: { filterBy: t.arg({ type: ActorFiltersInput, required: false, description: 'Conditions the actors must meet.' }) },
    resolve: (_root, args, { store }) => store.actors({ kinds: args.filterBy?.kinds, names: named(store, 'Actor', args.filterBy?.names, 'filterBy.names') }),
  }),
}));
