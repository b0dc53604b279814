/**
 * Actor: a canonical entity that acts or speaks (a state, an army, a monitor, a
 * person...), with every alias the texts spell it by and every mention.
 * Root field `actors`.
 */
import { builder } from '../builder.js';
import { ActorKind } from '../data/format.js';
import { enumFrom } from './enums.js';
import { named } from './inputs.js';
import { connectionArgsSchema, paginate } from './pagination.js';
import { ActorConnection, ActorRef, ClaimConnection, ClaimRef, EvidenceRef, SourceRef } from './refs.js';

export const ActorKindEnum = enumFrom('ActorKind', 'What kind of actor.', ActorKind, {
  STATE: 'A state as a political actor (Turkey, Russia).',
  GOVERNMENT_BODY: 'A ministry, presidency or other government body.',
  MILITARY: 'A state\'s armed forces.',
  ARMED_GROUP: 'A non-state armed group.',
  MONITOR: 'A conflict monitor (the Syrian Observatory for Human Rights).',
  INTERNATIONAL_ORGANISATION: 'The UN, its bodies and other international organisations.',
  MEDIA: 'A news outlet or agency.',
  PERSON: 'A named or unnamed individual.',
  GROUP: 'An unnamed group of people (officials, activists, witnesses).',
});

builder.node(ActorRef, {
  description: 'A canonical actor, with every spelling the texts use for it and every place it is mentioned.',
  id: { resolve: (a) => a.key },
  isTypeOf: (value) => (value as { nodeType?: string }).nodeType === 'Actor',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key of the actor.' }),
    name: t.exposeString('name', { description: 'Canonical name, correctly spelt.' }),
    kind: t.field({ type: ActorKindEnum, description: 'What kind of actor.', resolve: (a) => a.kind }),
    description: t.exposeString('description', { description: 'Who the actor is.' }),
    aliases: t.exposeStringList('aliases', { description: 'Every spelling used in the texts (matched case-insensitively on word boundaries).' }),
    memberOf: t.field({ type: ActorRef, nullable: true, description: 'The actor this one belongs to (a spokesman to his ministry).', resolve: (a, _args, { dataset }) => (a.memberOf ? dataset.actorByKey.get(a.memberOf)! : null) }),
    mentions: t.field({ type: [EvidenceRef], description: 'Every place an alias of the actor occurs in the articles, by article and offset.', resolve: (a) => a.mentions }),
    claims: t.connection(
      {
        type: ClaimRef,
        description: 'Claims the actor makes or is named in, by id. O(page).',
        validate: { schema: connectionArgsSchema },
        resolve: (a, args) => paginate(a.claims, args),
      },
      ClaimConnection,
    ),
    sources: t.field({ type: [SourceRef], description: 'The articles that mention it, by slug.', resolve: (a) => a.sources }),
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
  actors: t.connection(
    {
      type: ActorRef,
      description: 'Actors, filtered, ordered by key. O(page) for `names` (alias table built at load), O(n) for `kinds`.',
      args: { filterBy: t.arg({ type: ActorFiltersInput, required: false, description: 'Conditions the actors must meet.' }) },
      validate: { schema: connectionArgsSchema },
      resolve: (_root, args, { dataset }) => {
        const kinds = args.filterBy?.kinds?.length ? new Set<string>(args.filterBy.kinds) : null;
        const chosen = named(dataset, 'Actor', args.filterBy?.names, 'filterBy.names');
        const base = chosen ? [...new Set(chosen)].sort((a, b) => a.key.localeCompare(b.key)) : dataset.actors;
        return paginate(kinds ? base.filter((a) => kinds.has(a.kind)) : base, args);
      },
    },
    ActorConnection,
  ),
}));
