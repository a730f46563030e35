// The one error a fetch throws: its message is written for an admin reading a source's last error, so
// it says what went wrong in words ("the server answered 404 Not Found"), never a stack or an errno alone.

export class FetchError extends Error {
  /** The HTTP status when the server answered with one that is not a success; null otherwise. */
  readonly status: number | null;

  constructor(message: string, options: { status?: number | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'FetchError';
    this.status = options.status ?? null;
  }
}

export function tooLargeError(maxBytes: number): FetchError {
  return new FetchError(`the document is larger than the limit of ${formatBytes(maxBytes)}`);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${+(bytes / 1024).toFixed(1)} kB`;
}
