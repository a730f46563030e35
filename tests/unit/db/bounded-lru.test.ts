// The eviction rule every cache shares (db/bounded-lru.cjs): by count and by size, least recently used first.
import { describe, expect, it } from 'vitest';
import { BoundedLru } from '@/db/bounded-lru.cjs';

const keys = (lru: BoundedLru<string>) => [...lru.entries()].map(([key]) => key);

describe('BoundedLru', () => {
  it('evicts the least recently used entry when there are too many', () => {
    const lru = new BoundedLru<string>({ maxEntries: 2, maxSize: 1000 });
    lru.set('a', 'A', 1);
    lru.set('b', 'B', 1);
    lru.touch('a');
    lru.set('c', 'C', 1);
    expect(keys(lru)).toEqual(['a', 'c']);
    expect(lru.peek('b')).toBeUndefined();
  });

  it('a peek is not a use: the entry peeked at still goes first', () => {
    const lru = new BoundedLru<string>({ maxEntries: 2, maxSize: 1000 });
    lru.set('a', 'A', 1);
    lru.set('b', 'B', 1);
    expect(lru.peek('a')).toBe('A');
    lru.set('c', 'C', 1);
    expect(keys(lru)).toEqual(['b', 'c']);
  });

  it('evicts by size, keeping the total within the bound, but keeps one entry larger than the bound', () => {
    const lru = new BoundedLru<string>({ maxEntries: 100, maxSize: 10 });
    lru.set('a', 'A', 4);
    lru.set('b', 'B', 4);
    lru.set('c', 'C', 4);
    expect(keys(lru)).toEqual(['b', 'c']);
    expect(lru.totalSize).toBe(8);
    lru.set('huge', 'H', 50);
    expect(keys(lru)).toEqual(['huge']);
    expect(lru.totalSize).toBe(50);
  });

  it('an entry that grows in place counts its new size and can push others out', () => {
    const lru = new BoundedLru<string>({ maxEntries: 100, maxSize: 10 });
    lru.set('a', 'A', 3);
    lru.set('b', 'B', 3);
    lru.grow('b', 5);
    expect(keys(lru)).toEqual(['b']);
    expect(lru.totalSize).toBe(8);
  });

  it('replacing a key counts only its new size, and every key that leaves is reported once', () => {
    const removed: string[] = [];
    const lru = new BoundedLru<string>({ maxEntries: 2, maxSize: 100, onRemove: (key) => removed.push(key) });
    lru.set('a', 'A', 10);
    lru.set('a', 'A2', 20);
    expect(lru.totalSize).toBe(20);
    expect(lru.size).toBe(1);
    lru.set('b', 'B', 1);
    lru.set('c', 'C', 1);
    expect(lru.delete('b')).toBe('B');
    expect(lru.delete('b')).toBeUndefined();
    expect(removed).toEqual(['a', 'a', 'b']);
    expect(lru.totalSize).toBe(1);
  });

  it('entries can be deleted while they are iterated', () => {
    const lru = new BoundedLru<string>({ maxEntries: 10, maxSize: 100 });
    for (const key of ['a', 'b', 'c']) lru.set(key, key.toUpperCase(), 1);
    for (const [key] of lru.entries()) lru.delete(key);
    expect(lru.size).toBe(0);
    expect(lru.totalSize).toBe(0);
  });
});
