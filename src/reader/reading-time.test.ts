import { describe, expect, it } from 'vitest';
import type { CleanDocument } from '../core/model';
import { readingMinutes } from './reading-time';

const doc = (text: string): CleanDocument => ({
  detected: true, title: '', script: 'simplified', outline: [], changes: [], flags: [],
  blocks: [{ kind: 'paragraph', text }, { kind: 'omission', chars: 5000 }],
});

describe('reading time', () => {
  it('counts visible Chinese characters at 255 a minute, hidden text not at all', () => {
    expect(readingMinutes(doc('字'.repeat(1020)))).toBe(4);
    expect(readingMinutes(doc('短文'))).toBe(1);
    expect(readingMinutes(doc(`${'𠀀'.repeat(510)}, and ${'字'.repeat(510)}`))).toBe(4);
  });
});
