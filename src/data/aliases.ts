/**
 * The alias table: every spelling the texts use for an actor or a place, and
 * the matcher that finds them. Built once at load (dataset.ts); used for
 * mentions, filters that name entities, and alias-aware search.
 */
import type { ActorRecord, Dataset, PlaceRecord } from './dataset.js';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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
export function entityOfAlias(dataset: Pick<Dataset, 'entityByAlias'>, alias: string): ActorRecord | PlaceRecord | undefined {
  return dataset.entityByAlias.get(alias.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim());
}
