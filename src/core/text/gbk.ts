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

/**
 * Both directions as UTF-16 code units (every character GBK has is in the BMP), 0 for none.
 * Typed arrays, not maps: the reader builds these when it opens, and filling them takes a
 * few milliseconds where maps of strings took tens.
 */
interface GbkTables {
  /** At (lead - FIRST_LEAD) << 8 | trail: the character of that two-byte code. */
  charOfPair: Uint16Array;
  /** At a character's code unit: its two-byte code, lead << 8 | trail. */
  pairOfChar: Uint16Array;
}

let tables: GbkTables | undefined;

function isOrdinary(code: number): boolean {
  return code !== 0 && code !== 0xfffd && !(code >= 0xe000 && code <= 0xf8ff);
}

const pairIndex = (lead: number, trail: number): number => ((lead - FIRST_LEAD) << 8) | trail;

function buildTables(): GbkTables {
  // Every two-byte code, each followed by a newline: an unmapped code can decode to more
  // than one character, and the newline keeps the others in step.
  const bytes = new Uint8Array((LAST_LEAD - FIRST_LEAD + 1) * (LAST_TRAIL - FIRST_TRAIL + 1) * 3);
  let length = 0;
  for (let lead = FIRST_LEAD; lead <= LAST_LEAD; lead++) {
    for (let trail = FIRST_TRAIL; trail <= LAST_TRAIL; trail++) {
      if (!isTrailByte(trail)) continue;
      bytes[length++] = lead;
      bytes[length++] = trail;
      bytes[length++] = 0x0a;
    }
  }
  const decoded = new TextDecoder('gbk').decode(bytes.subarray(0, length));
  const charOfPair = new Uint16Array((LAST_LEAD - FIRST_LEAD + 1) << 8);
  const pairOfChar = new Uint16Array(0x10000);
  let at = 0;
  for (let i = 0; i < length; i += 3) {
    const end = decoded.indexOf('\n', at);
    const code = decoded.charCodeAt(at);
    if (end === at + 1 && isOrdinary(code)) {
      const lead = bytes[i] ?? 0;
      const trail = bytes[i + 1] ?? 0;
      charOfPair[pairIndex(lead, trail)] = code;
      if (pairOfChar[code] === 0) pairOfChar[code] = (lead << 8) | trail;
    }
    at = end + 1;
  }
  return { charOfPair, pairOfChar };
}

function gbkTables(): GbkTables {
  tables ??= buildTables();
  return tables;
}

function pairOf(ch: string): number {
  return ch.length === 1 ? (gbkTables().pairOfChar[ch.charCodeAt(0)] ?? 0) : 0;
}

/** The character a two-byte code stands for, or '' when the code has none (it "vanishes"). */
export function charOfPair(lead: number, trail: number): string {
  if (!isLeadByte(lead) || !isTrailByte(trail)) return '';
  const code = gbkTables().charOfPair[pairIndex(lead, trail)] ?? 0;
  return code === 0 ? '' : String.fromCharCode(code);
}

export function isLeadByte(byte: number): boolean {
  return byte >= FIRST_LEAD && byte <= LAST_LEAD;
}

export function isTrailByte(byte: number): boolean {
  return byte >= FIRST_TRAIL && byte <= LAST_TRAIL && byte !== 0x7f;
}

/** GBK bytes of `text`, or undefined when some character has no GBK code. */
export function encodeGbk(text: string): number[] | undefined {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = pairOf(ch);
    if (pair === 0) return undefined;
    out.push(pair >> 8, pair & 0xff);
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

/** The two bytes of a character, or undefined. */
export function bytesOfChar(ch: string): readonly [number, number] | undefined {
  const pair = pairOf(ch);
  return pair === 0 ? undefined : [pair >> 8, pair & 0xff];
}
