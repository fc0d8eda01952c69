/** How values the core knows are kept in columns both dialects share: JSON text, enum text, 0/1 flags. */

/**
 * A JSON text column holding values of one type. `read` is the one place that type is trusted: the
 * column is only ever written through `write`.
 * @example const laps = jsonColumn<Lap[]>(); laps.read(laps.write([])) // []
 */
export function jsonColumn<T>() {
  return {
    write: (value: T): string => JSON.stringify(value),
    read: (text: string): T => JSON.parse(text) as T,
  };
}

/**
 * A text column holding one of a few known values; anything else means the row was written by
 * something else, which is a bug, so it throws.
 * @example enumColumn('checkins.sex', SEXES)('F') // 'F'
 */
export function enumColumn<const V extends string>(column: string, values: readonly V[]) {
  const known = new Set<string>(values);
  return (text: string): V => {
    if (known.has(text)) return text as V;
    throw new Error(`${column} holds "${text}", which is none of ${values.join(', ')}`);
  };
}

/** The same, for a column that may be null. */
export function nullableEnumColumn<const V extends string>(column: string, values: readonly V[]) {
  const read = enumColumn(column, values);
  return (text: string | null): V | null => (text === null ? null : read(text));
}

/** Booleans as 0/1 integers, alike on both dialects. */
export const flag = {
  write: (value: boolean): number => (value ? 1 : 0),
  read: (value: number): boolean => value === 1,
};
