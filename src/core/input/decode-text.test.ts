import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import charModelData from '../lm/generated/char-model.json';
import type { CharModelData } from '../lm/char-model';
import { decodeText, UndecodableTextError } from './decode-text';
import { readText } from './read-text';

const resources = { charModel: async () => charModelData as CharModelData };
const TRADITIONAL = '認真傳達全市政協工作會議精神，確定於四月上旬召開全區政協工作會議。';
const SIMPLIFIED = '认真传达全市政协工作会议精神，确定于四月上旬召开全区政协工作会议。';

describe('a text file’s encoding', () => {
  it('is read from a byte order mark, UTF-8 or UTF-16 either way', async () => {
    const bom = (head: number[], body: Buffer) => new Uint8Array([...head, ...body]);
    expect(await readText(bom([0xef, 0xbb, 0xbf], Buffer.from(SIMPLIFIED)), resources)).toEqual({ text: SIMPLIFIED, encoding: 'utf-8' });
    expect(await readText(bom([0xff, 0xfe], iconv.encode(SIMPLIFIED, 'utf-16le')), resources)).toEqual({ text: SIMPLIFIED, encoding: 'utf-16le' });
    expect(await readText(bom([0xfe, 0xff], iconv.encode(SIMPLIFIED, 'utf-16be')), resources)).toEqual({ text: SIMPLIFIED, encoding: 'utf-16be' });
  });

  it('tells UTF-8 and UTF-16 without a mark by their bytes, without the character model', () => {
    expect(decodeText(Buffer.from(SIMPLIFIED), undefined)).toEqual({ text: SIMPLIFIED, encoding: 'utf-8' });
    expect(decodeText(iconv.encode(`Hello ${SIMPLIFIED}`, 'utf-16le'), undefined)).toEqual({ text: `Hello ${SIMPLIFIED}`, encoding: 'utf-16le' });
    expect(decodeText(iconv.encode(SIMPLIFIED, 'gbk'), undefined)).toBeUndefined();
  });

  it('reads GBK and Big5, which overlap, in the one that reads as Chinese', async () => {
    expect(await readText(iconv.encode(SIMPLIFIED, 'gbk'), resources)).toEqual({ text: SIMPLIFIED, encoding: 'gb18030' });
    expect(await readText(iconv.encode(TRADITIONAL, 'gbk'), resources)).toEqual({ text: TRADITIONAL, encoding: 'gb18030' });
    expect(await readText(iconv.encode(TRADITIONAL, 'big5'), resources)).toEqual({ text: TRADITIONAL, encoding: 'big5' });
  });

  it('says so when both read almost as well', async () => {
    // Bytes that read as kana and a character in GBK (ゑ并), as two characters in Big5 (比甜): neither clearly wins.
    const bytes = new Uint8Array([0xa4, 0xf1, 0xb2, 0xa2]);
    const decoded = await readText(bytes, resources);
    expect(decoded.nearTie).toBe(decoded.encoding === 'big5' ? 'gb18030' : 'big5');
  });

  it('refuses bytes that decode under none, and binary files', async () => {
    await expect(readText(new Uint8Array([0x81, 0x20, 0xff, 0xff, 0x80]), resources)).rejects.toThrow(UndecodableTextError);
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), undefined)).toThrow('NUL bytes');
  });
});
