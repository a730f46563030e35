// A value that one bundle of the server publishes and another finds, in the same process. Next.js builds
// the proxy and the route handlers as bundles of their own, each with its own copy of every module, so
// module state is not shared between them; globalThis is.
export interface CrossBundleSlot<T> {
  publish(value: T): void;
  /** The value published, or undefined until its bundle has loaded (or where the other runs elsewhere). */
  find(): T | undefined;
}

export function crossBundleSlot<T>(name: string): CrossBundleSlot<T> {
  const key = Symbol.for(`laurels.${name}`);
  const shared = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    publish: (value) => {
      shared[key] = value;
    },
    find: () => shared[key],
  };
}
