/** A count with its noun: "1 year", "12 years", "1,204 nominees"; `many` when adding an "s" is wrong. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
