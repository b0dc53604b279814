/**
 * A check over every item of a list that cannot pass vacuously: the list must
 * hold at least one item, and a failing item is shown.
 */
import { expect } from 'vitest';

const shown = (item: unknown): string => {
  try {
    return JSON.stringify(item).slice(0, 300);
  } catch {
    return String((item as { id?: unknown })?.id ?? item);
  }
};

export function expectEach<T>(items: readonly T[], check: (item: T) => boolean, what = 'each item'): void {
  expect(items.length, `${what}: the list is empty, so nothing would be checked`).toBeGreaterThan(0);
  for (const item of items) if (!check(item)) expect.fail(`${what}: ${shown(item)}`);
}
