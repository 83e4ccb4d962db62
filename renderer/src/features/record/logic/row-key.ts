let counter = 0;

/** A key for a row of a form (React list key); never stored, never sent. */
export function rowKey(): string {
  counter += 1;
  return `row-${counter}`;
}
