import { describe, expect, it } from 'vitest';
import type { CleanDocument } from '../core/model';
import { readingMinutes } from './reading-time';

const doc = (text: string): CleanDocument => ({
  detected: true, title: '', script: 'simplified', outline: [], changes: [], flags: [],
  blocks: [{ kind: 'paragraph', text }, { kind: 'omission', chars: 5000 }],
});

describe('reading time', () => {
  it('counts the visible text’s characters at 255 a minute, hidden text not at all', () => {
    expect(readingMinutes(doc('字'.repeat(1020)))).toBe(4);
    expect(readingMinutes(doc('政协委员，'.repeat(204)))).toBe(4);
    expect(readingMinutes(doc('短文'))).toBe(1);
  });
});
