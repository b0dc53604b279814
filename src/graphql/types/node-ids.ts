/**
 * Global ids (Relay): base64 of `<Kind>:<key>`, where the kind is one of the
 * domain's NODE_KINDS and the key is a record's own (a source's slug, a
 * claim's `<slug>/<key>`). Stable across data releases.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { NODE_KINDS, type AnyRecord, type NodeKind } from '../../domain/records.js';

export const globalIdOf = (record: AnyRecord): string => encodeGlobalID(record.nodeKind, record.id);

/** The kind and key of an id, or null when the string is not an id this API made. */
export function decodeGlobalId(id: string): { kind: NodeKind; key: string } | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(id)) return null;
  const text = Buffer.from(id, 'base64').toString('utf8');
  // Reject ids that only decode by accident (lost bits, invalid UTF-8).
  if (Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '') !== id.replace(/=+$/, '')) return null;
  const match = /^([A-Za-z]+):(.+)$/s.exec(text);
  const kind = match?.[1] as NodeKind | undefined;
  return match && kind && (NODE_KINDS as readonly string[]).includes(kind) ? { kind, key: match[2]! } : null;
}

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      nodeIds: PothosNodeIdsPlugin<Types>;
    }
  }
}

/**
 * The `id` of every node type, resolved synchronously and encoded once per
 * record: the relay plugin's own resolver is async (each id a promise) and
 * encodes on every call. The id is the one the relay plugin makes, from the
 * type's own `id: { resolve }`.
 */
export class PothosNodeIdsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (fieldConfig.name !== 'id' || fieldConfig.graphqlKind !== 'Object') return fieldConfig;
    const parent = this.buildCache.getTypeConfig(fieldConfig.parentType);
    const idOf = (parent.pothosOptions as { id?: { resolve?: (value: unknown) => unknown } }).id?.resolve;
    if (parent.kind !== 'Object' || typeof idOf !== 'function') return fieldConfig;
    const typeName = parent.name;
    const encoded = new WeakMap<object, string>();
    const resolve = (value: object) => {
      let id = encoded.get(value);
      if (id === undefined) encoded.set(value, (id = encodeGlobalID(typeName, String(idOf(value)))));
      return id;
    };
    return { ...fieldConfig, resolve: resolve as never, extensions: { ...fieldConfig.extensions, pothosOriginalResolve: resolve } };
  }
}

SchemaBuilder.registerPlugin('nodeIds', PothosNodeIdsPlugin);
