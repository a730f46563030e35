/** A map bounded by count and by size, least recently used going first (db/bounded-lru.cjs). */
export class BoundedLru<V> {
  constructor(bounds: { maxEntries: number; maxSize: number; onRemove?: (key: string) => void });
  readonly maxEntries: number;
  readonly maxSize: number;
  readonly size: number;
  readonly totalSize: number;
  peek(key: string): V | undefined;
  touch(key: string): void;
  set(key: string, value: V, size: number): void;
  grow(key: string, extra: number): void;
  delete(key: string): V | undefined;
  entries(): IterableIterator<[string, V]>;
}
