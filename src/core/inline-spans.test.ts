import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertedWithSpans, normalisedLine, offsetsInNormalisedLine, spansOnFinalText } from './inline-spans';

describe('inline spans', () => {
  it('find every character of a raw line where the normalised line has it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\n', '\t', '\u3000', 'a', '字', '，')).map((chars) => chars.join('')), fc.boolean(), (raw, pre) => {
        const text = normalisedLine(raw, pre);
        const at = offsetsInNormalisedLine(raw, pre);
        for (let i = 0; i < raw.length; i++) if (!/\s/.test(raw[i] ?? '')) expect(text[at[i] ?? -1]).toBe(raw[i]);
      }),
    );
  });

  it('carry a link onto the repaired text, and drop one whose words the repairs removed', () => {
    const source = { text: '怕得罪人;新文秘網有的在,见通知', spans: [{ kind: 'link' as const, href: 'http://jey722.cn', start: 5, end: 9 }, { kind: 'link' as const, href: 'https://example.cn/1', start: 14, end: 16 }] };
    const spans = spansOnFinalText(source, '怕得罪人；有的在，见通知');
    expect(spans).toEqual([{ kind: 'link', href: 'https://example.cn/1', start: 10, end: 12 }]);
  });

  it('keep each span on its own words through a conversion that changes lengths', () => {
    const converted = convertedWithSpans('甲乙丙', [{ kind: 'strong', start: 1, end: 2 }], (text) => text.replace('乙', '乙乙'));
    expect(converted).toEqual({ text: '甲乙乙丙', spans: [{ kind: 'strong', start: 1, end: 3 }] });
  });
});
