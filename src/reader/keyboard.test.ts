import { describe, expect, it } from 'vitest';
import { readerCommandFor } from './keyboard';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...extra });

describe('reader keys', () => {
  it('maps the documented keys', () => {
    expect(['ArrowRight', 'j', 'ArrowLeft', 'k', 't', 'c', '?', 'Escape'].map((k) => readerCommandFor(key(k), false))).toEqual([
      'next-section', 'next-section', 'previous-section', 'previous-section', 'toggle-script', 'copy', 'help', 'close',
    ]);
  });

  it('leaves typing in fields and modified keys to the browser', () => {
    expect(readerCommandFor(key('c'), true)).toBeUndefined();
    expect(readerCommandFor(key('Escape'), true)).toBe('close');
    expect(readerCommandFor(key('c', { ctrlKey: true }), false)).toBeUndefined();
  });
});
