/** Types the data format defines as zod enums without a named TypeScript type. */
import type { z } from 'zod';
import type { ActorKind as ActorKindSchema, Attribution as AttributionSchema, Modality as ModalitySchema, PlaceKind as PlaceKindSchema } from '../domain/format.js';

export type Modality = z.infer<typeof ModalitySchema>;
export type AttributionKind = z.infer<typeof AttributionSchema>;
export type ActorKind = z.infer<typeof ActorKindSchema>;
export type PlaceKind = z.infer<typeof PlaceKindSchema>;
