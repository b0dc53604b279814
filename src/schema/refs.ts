/**
 * The object refs of every domain type, declared once so the type modules can
 * point at each other without import cycles. Each type's fields live in its own
 * module (source.ts, claim.ts, ...).
 */
import { builder } from '../builder.js';
import { connectionType } from './pagination.js';
import type { ActorRecord, ClaimRecord, EventRecord, Evidence, PlaceRecord, SourceRecord, TopicRecord } from '../data/dataset.js';

export const SourceRef = builder.objectRef<SourceRecord>('Source');
export const ClaimRef = builder.objectRef<ClaimRecord>('Claim');
export const EventRef = builder.objectRef<EventRecord>('Event');
export const TopicRef = builder.objectRef<TopicRecord>('Topic');
export const ActorRef = builder.objectRef<ActorRecord>('Actor');
export const PlaceRef = builder.objectRef<PlaceRecord>('Place');
export const EvidenceRef = builder.objectRef<Evidence>('Evidence');

export const SourceConnection = connectionType(SourceRef, 'sources');
export const ClaimConnection = connectionType(ClaimRef, 'claims');
export const EventConnection = connectionType(EventRef, 'events');
export const TopicConnection = connectionType(TopicRef, 'topics');
export const ActorConnection = connectionType(ActorRef, 'actors');
export const PlaceConnection = connectionType(PlaceRef, 'places');
