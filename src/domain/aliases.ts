/**
 * The alias table: every spelling the texts use for an actor or a place, and
 * the pattern that finds them. Built once per dataVersion (src/load/link.ts);
 * used for mentions, filters that name entities, and alias-aware search.
 */
import type { EntityRecord } from './records.js';

/** The alias table: a pattern matching any alias, and the entity of each (lower-cased, single spaces). */
export interface Aliases {
  readonly pattern: RegExp | null;
  readonly entityByAlias: ReadonlyMap<string, EntityRecord>;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alias as the table keys it: lower-cased, with runs of spaces (no-break ones too) as one space. */
export const normalAlias = (alias: string) => alias.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * One regular expression over every alias, longest first, so "Syrian Observatory
 * for Human Rights" wins over "the Observatory" where both would match.
 */
export function aliasMatcher(aliases: string[]): RegExp | null {
  if (aliases.length === 0) return null;
  // A space in an alias also matches the no-break spaces and line breaks of the texts.
  const alternatives = [...aliases].sort((a, b) => b.length - a.length).map((a) => escapeRegExp(a).replace(/ /g, '[\\s\\u00a0]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The entity an alias (any spelling, any case, no-break spaces allowed) names. */
export function entityOfAlias(aliases: Aliases, alias: string): EntityRecord | undefined {
  return aliases.entityByAlias.get(normalAlias(alias));
}
