import { expect } from 'vitest';

/** Where a Server Action sent the browser: redirect() throws, and its digest holds the address. */
export async function redirectedTo(run: Promise<unknown>): Promise<string> {
  const error = (await run.then(
    () => undefined,
    (caught: unknown) => caught,
  )) as { digest?: string } | undefined;
  expect(error?.digest).toMatch(/^NEXT_REDIRECT/);
  return error!.digest!.split(';')[2]!;
}
