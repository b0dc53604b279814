/**
 * The object refs of the record types and their connections, declared once
 * so that type modules can point at each other without import cycles. Each
 * type's fields, root fields, inputs and provenance live in types/<type>.ts.
 */
import type { ActorRecord, ClaimRecord, EventRecord, PlaceRecord, SourceRecord, Span, TopicRecord } from '../domain/records.js';
import { builder } from './builder.js';
import { connectionType } from './connection.js';

export const SourceRef = builder.objectRef<SourceRecord>('Source');
export const ClaimRef = builder.objectRef<ClaimRecord>('Claim');
export const EventRef = builder.objectRef<EventRecord>('Event');
export const TopicRef = builder.objectRef<TopicRecord>('Topic');
export const ActorRef = builder.objectRef<ActorRecord>('Actor');
export const PlaceRef = builder.objectRef<PlaceRecord>('Place');
export const EvidenceRef = builder.objectRef<Span>('Evidence');

export const SourceConnection = connectionType(SourceRef, 'sources');
export const ClaimConnection = connectionType(ClaimRef, 'claims');
export const EventConnection = connectionType(EventRef, 'events');
export const TopicConnection = connectionType(TopicRef, 'topics');
export const ActorConnection = connectionType(ActorRef, 'actors');
export const PlaceConnection = connectionType(PlaceRef, 'places');
export const EvidenceConnection = connectionType(EvidenceRef, 'spans');
