import { describe, expect, it } from 'vitest';
import type { CleanDocument } from '../core/model';
import { changeCounts, marksByBlock } from './change-marks';

const DOCUMENT: CleanDocument = {
  detected: true,
  title: 't',
  script: 'simplified',
  blocks: [{ kind: 'paragraph', text: '区委召开会议，区委认真传达精神' }],
  outline: [],
  changes: [
    { pass: 'pinyin-annotation', before: '區(qū)', after: '区', block: 0 },
    { pass: 'pinyin-annotation', before: '區(qū)', after: '区', block: 0 },
    { pass: 'out-of-step-annotation', before: '?zhèn)鬟_', after: '传达', block: 0 },
    { pass: 'watermark', before: '新文秘網', after: '', block: 0 },
  ],
  flags: [{ kind: 'lost-bytes', text: '精神', block: 0 }],
};

describe('change marks', () => {
  it('places each repair at successive occurrences of its result, and flags by their text', () => {
    expect(marksByBlock(DOCUMENT).get(0)).toEqual([
      { start: 0, end: 1, kind: 'change', pass: 'pinyin-annotation', original: '區(qū)' },
      { start: 7, end: 8, kind: 'change', pass: 'pinyin-annotation', original: '區(qū)' },
      { start: 11, end: 13, kind: 'change', pass: 'out-of-step-annotation', original: '?zhèn)鬟_' },
      { start: 13, end: 15, kind: 'flag', pass: 'lost-bytes' },
    ]);
  });

  it('marks a doubtful span whole, over the changes inside it', () => {
    const document: CleanDocument = {
      ...DOCUMENT,
      blocks: [{ kind: 'paragraph', text: '朋友，因?yàn)樗男愿癖容^独特，所以' }],
      changes: [{ pass: 'half-width-punctuation', before: ',', after: '，', block: 0 }],
      flags: [{ kind: 'out-of-step-annotation', text: '朋友，因?yàn)樗男愿癖容^独特，所', block: 0 }],
    };
    expect(marksByBlock(document).get(0)).toEqual([{ start: 0, end: 19, kind: 'flag', pass: 'out-of-step-annotation' }]);
  });

  it('counts changes by kind, removals included', () => {
    expect(changeCounts(DOCUMENT)).toEqual([
      ['pinyin-annotation', 2],
      ['out-of-step-annotation', 1],
      ['watermark', 1],
    ]);
  });
});
