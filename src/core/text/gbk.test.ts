import { describe, expect, it } from 'vitest';
import { charOfPair, decodeGbkStrict, encodeGbk } from './gbk';

describe('gbk codec', () => {
  it('encodes the seed characters to their GBK codes', () => {
    // 真=d5e6, 傳=82f7, 達=df5f: the bytes behind the seed's 認真?zhèn)鬟_
    expect(encodeGbk('真傳達')).toEqual([0xd5, 0xe6, 0x82, 0xf7, 0xdf, 0x5f]);
  });

  it('reads a byte pair across a character boundary', () => {
    // e6 82 is 鎮: the trail byte of 真 and the lead byte of 傳
    expect(charOfPair(0xe6, 0x82)).toBe('鎮');
  });

  it('round-trips text and rejects broken streams', () => {
    const bytes = encodeGbk('（二）構建和諧社會');
    expect(bytes).toBeDefined();
    expect(decodeGbkStrict(bytes ?? [])).toBe('（二）構建和諧社會');
    expect(decodeGbkStrict([0xd5])).toBeUndefined();
    expect(decodeGbkStrict([0x82, 0x28])).toBeUndefined();
  });

  it('treats user-defined codes as vanishing pairs', () => {
    expect(charOfPair(0xfe, 0xa3)).toBe('');
  });

  it('has no code for characters outside GBK', () => {
    expect(encodeGbk('😀')).toBeUndefined();
  });
});
