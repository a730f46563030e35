// An uploaded file's bytes as text. UTF-8 is what the form asks for (its byte order mark dropped); UTF-16
// with a byte order mark, what spreadsheets save as "Unicode text", is read too. Anything else (Latin-1,
// Windows-1252) is refused rather than decoded with replacement characters, which would offer to create
// films named "Caf� Society"; so is a file with NUL bytes, which is no text at all.

export type DecodedUpload = { ok: true; text: string } | { ok: false; message: string };

export function decodeUpload(bytes: Uint8Array, fileName: string): DecodedUpload {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      message: `${fileName} is not UTF-8 text: save it as “CSV UTF-8” (or UTF-8 CSV) and choose it again. Nothing was written.`,
    };
  }
  if (text.includes('\0')) return { ok: false, message: `${fileName} is not a text file. Nothing was written.` };
  return { ok: true, text };
}
