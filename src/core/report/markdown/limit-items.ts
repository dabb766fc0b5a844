/** The first `max` items and how many were left out. */
export function limitItems<T>({ items, max }: { readonly items: readonly T[]; readonly max: number }): {
  readonly shown: readonly T[];
  readonly hidden: number;
} {
  if (items.length <= max) return { shown: items, hidden: 0 };
  return { shown: items.slice(0, Math.max(0, max)), hidden: items.length - Math.max(0, max) };
}

/** The line that stands for the items a list left out. */
export const moreLine = (hidden: number): string => `- … and ${hidden} more`;
