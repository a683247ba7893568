/**
 * GBK byte codec, built once from the platform's own `TextDecoder('gbk')`.
 *
 * Why hand-written: the byte repairs must re-encode damaged text to GBK bytes in the
 * browser, and no platform API encodes GBK (TextEncoder is UTF-8 only); iconv-lite needs a
 * Node Buffer. Decoding every two-byte code once gives both directions from the browser's
 * own table, so the extension and the CLI agree byte for byte.
 */

export const FIRST_LEAD = 0x81;
export const LAST_LEAD = 0xfe;
export const FIRST_TRAIL = 0x40;
export const LAST_TRAIL = 0xfe;

interface GbkTables {
  /** Character for each two-byte code, '' where the code has no ordinary character. */
  pairToChar: Map<number, string>;
  charToBytes: Map<string, readonly [number, number]>;
}

let tables: GbkTables | undefined;

function isPrivateUseOrInvalid(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return ch.length !== 1 || code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff);
}

function buildTables(): GbkTables {
  const pairs: number[] = [];
  const bytes: number[] = [];
  for (let lead = FIRST_LEAD; lead <= LAST_LEAD; lead++) {
    for (let trail = FIRST_TRAIL; trail <= LAST_TRAIL; trail++) {
      if (trail === 0x7f) continue;
      pairs.push((lead << 8) | trail);
      bytes.push(lead, trail, 0x0a);
    }
  }
  const decoded = new TextDecoder('gbk').decode(new Uint8Array(bytes)).split('\n');
  const pairToChar = new Map<number, string>();
  const charToBytes = new Map<string, readonly [number, number]>();
  pairs.forEach((pair, i) => {
    const ch = decoded[i] ?? '';
    const ordinary = isPrivateUseOrInvalid(ch) ? '' : ch;
    pairToChar.set(pair, ordinary);
    if (ordinary && !charToBytes.has(ordinary)) charToBytes.set(ordinary, [pair >> 8, pair & 0xff]);
  });
  return { pairToChar, charToBytes };
}

function gbkTables(): GbkTables {
  tables ??= buildTables();
  return tables;
}

/** The character a two-byte code stands for, or '' when the code has none (it "vanishes"). */
export function charOfPair(lead: number, trail: number): string {
  return gbkTables().pairToChar.get((lead << 8) | trail) ?? '';
}

export function isLeadByte(byte: number): boolean {
  return byte >= FIRST_LEAD && byte <= LAST_LEAD;
}

export function isTrailByte(byte: number): boolean {
  return byte >= FIRST_TRAIL && byte <= LAST_TRAIL && byte !== 0x7f;
}

/** GBK bytes of `text`, or undefined when some character has no GBK code. */
export function encodeGbk(text: string): number[] | undefined {
  const { charToBytes } = gbkTables();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = charToBytes.get(ch);
    if (!pair) return undefined;
    out.push(pair[0], pair[1]);
  }
  return out;
}

/**
 * Strict decoding of a candidate byte stream: undefined when any pair is unmapped or the
 * stream ends inside a character, so that only well-formed originals are considered.
 */
export function decodeGbkStrict(bytes: readonly number[]): string | undefined {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) {
      out += String.fromCharCode(byte);
      continue;
    }
    const trail = bytes[i + 1];
    if (!isLeadByte(byte) || trail === undefined || !isTrailByte(trail)) return undefined;
    const ch = charOfPair(byte, trail);
    if (!ch) return undefined;
    out += ch;
    i++;
  }
  return out;
}

/**
 * Decodes as far as the bytes are well formed: the text up to the first broken or
 * unmapped code, and how many bytes were left over.
 */
export function decodeGbkPrefix(bytes: readonly number[]): { text: string; leftover: number } {
  let text = '';
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) {
      text += String.fromCharCode(byte);
      i++;
      continue;
    }
    const trail = bytes[i + 1];
    const ch = trail !== undefined && isLeadByte(byte) && isTrailByte(trail) ? charOfPair(byte, trail) : '';
    if (!ch) break;
    text += ch;
    i += 2;
  }
  return { text, leftover: bytes.length - i };
}

/** All ordinary characters with a GBK code, for building reading indexes. */
export function gbkCharacters(): IterableIterator<string> {
  return gbkTables().charToBytes.keys();
}

/** The two bytes of a character, or undefined. */
export function bytesOfChar(ch: string): readonly [number, number] | undefined {
  return gbkTables().charToBytes.get(ch);
}
