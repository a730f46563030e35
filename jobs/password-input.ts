// Reading a password for the `laurels admin` commands without it ever being on the command line (where other
// users of the machine could see it in the process list, and the shell would keep it in its history): from
// a hidden prompt on a terminal, asked twice, or else from the first line of standard input.
import type { ReadStream } from 'node:tty';

export class PasswordInputError extends Error {
  override name = 'PasswordInputError';
}

/** The new password, from a hidden prompt (typed twice) on a terminal, or the first line of piped input. */
export async function readNewPassword(input: NodeJS.ReadableStream = process.stdin): Promise<string> {
  if ((input as ReadStream).isTTY) {
    const first = await promptHidden(input as ReadStream, 'New password: ');
    const second = await promptHidden(input as ReadStream, 'The same password again: ');
    if (first !== second) throw new PasswordInputError('The two passwords differ; nothing was changed.');
    return first;
  }
  return readFirstLine(input);
}

/** The first line of a stream (without its line ending); an empty stream is an error. */
export async function readFirstLine(input: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += chunk.toString();
    if (text.includes('\n')) break;
  }
  const line = text.split('\n')[0]!.replace(/\r$/, '');
  if (!text) throw new PasswordInputError('No password given: type it at the prompt or pipe it on standard input.');
  return line;
}

/** A prompt on standard error whose answer is not echoed. */
function promptHidden(input: ReadStream, prompt: string): Promise<string> {
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  let answer = '';
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003' || char === '\u0004') return finish(new PasswordInputError('Cancelled.'));
        if (char === '\u007f' || char === '\b') answer = answer.slice(0, -1);
        else answer += char;
      }
    };
    input.on('data', onData);
  });
}
