import { fileTypeFromBuffer } from 'file-type';

// What may be attached: documents, spreadsheets, scans and photos. The type is read from the content,
// so an executable renamed to .pdf is refused; plain text and CSV carry no magic bytes and are accepted
// only when the content really is UTF-8 text and the name says so.

/** The media types an attachment may have, with the extension a download gets. */
export const ALLOWED_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/tiff': 'tif',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'text/plain': 'txt',
  'text/csv': 'csv',
};

/** What the content of a file is, or why it is refused. */
export type DetectedType =
  | { readonly ok: true; readonly mediaType: string; readonly extension: string }
  | { readonly ok: false; readonly found: string };

const TEXT_NAME = /\.(txt|csv)$/i;

// UTF-8 that decodes cleanly and holds no control characters other than tab, line feed and return.
const isPlainText = (bytes: Buffer): boolean => {
  if (bytes.length === 0) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is looked for
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text);
};

/** Reads the type of a file from its first bytes and checks it against the allow-list. */
export async function detectType(bytes: Buffer, name: string): Promise<DetectedType> {
  const found = await fileTypeFromBuffer(bytes);
  if (found === undefined) {
    if (TEXT_NAME.test(name) && isPlainText(bytes)) {
      const csv = /\.csv$/i.test(name);
      return { ok: true, mediaType: csv ? 'text/csv' : 'text/plain', extension: csv ? 'csv' : 'txt' };
    }
    return { ok: false, found: 'unknown' };
  }
  const extension = ALLOWED_TYPES[found.mime];
  return extension === undefined
    ? { ok: false, found: found.ext }
    : { ok: true, mediaType: found.mime, extension };
}
