/**
 * Reads a saved page for the CLI: decodes it by its declared charset (GBK/GB18030 pages
 * are common on these sites) and parses it with linkedom.
 */
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';

const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

export class UnreadablePageError extends Error {}

export function declaredCharset(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return (DECLARED_CHARSET.exec(head)?.[1] ?? 'utf-8').toLowerCase();
}

/** The page as UTF-8 when it is valid UTF-8 with some non-ASCII text, else undefined. */
function asUtf8(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return /[^ -~\s]/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decodes a page by its declared charset. A saved page is often re-encoded as UTF-8 and
 * keeps its old `charset=gb2312`; GBK text is almost never valid UTF-8, so a page that is
 * valid UTF-8 is read as UTF-8 whatever it declares.
 */
export function decodePage(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return Buffer.from(bytes.subarray(3)).toString('utf8');
  }
  const utf8 = asUtf8(bytes);
  if (utf8 !== undefined) return utf8;
  const charset = declaredCharset(bytes);
  const name = charset === 'gb2312' || charset === 'gbk' ? 'gb18030' : charset;
  if (!iconv.encodingExists(name)) throw new UnreadablePageError(`unknown charset "${charset}"`);
  return iconv.decode(Buffer.from(bytes), name);
}

export function parsePage(html: string): Document {
  if (html.includes('\u0000')) throw new UnreadablePageError('not a text file (it contains NUL bytes)');
  const { document } = parseHTML(html);
  // A browser makes <html>, <head> and <body> for any text; linkedom leaves an empty or
  // tagless string without them, and its `body` getter then throws.
  if (!document.documentElement) return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
  return document as unknown as Document;
}
