// The one error parsing throws: the message says, for an admin, why the document could not be read
// ("expected an RSS feed but got an HTML page", "invalid XML at line 3, column 9: Unexpected close tag").

export class ParseError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ParseError';
  }
}
