import { describe, expect, it } from 'vitest';
import { MAX_PLACES, placeKey, withPlace, type ReadingPlaces } from './reading-place';

describe('reading places', () => {
  it('are kept by the page’s address without its fragment', () => {
    expect(placeKey('https://example.cn/a/1.html#section-2')).toBe('https://example.cn/a/1.html');
    expect(placeKey('https://example.cn/a/1.html?page=2')).toBe('https://example.cn/a/1.html?page=2');
  });

  it('keep the latest place of a page, and drop the oldest pages beyond the limit', () => {
    let places: ReadingPlaces = {};
    for (let i = 0; i < MAX_PLACES + 5; i++) places = withPlace(places, `https://example.cn/${i}`, { block: i, into: 0, at: i });
    places = withPlace(places, 'https://example.cn/10', { block: 3, into: 0.5, at: 1_000 });
    expect(Object.keys(places)).toHaveLength(MAX_PLACES);
    expect(places['https://example.cn/0']).toBeUndefined();
    expect(places['https://example.cn/10']).toEqual({ block: 3, into: 0.5, at: 1_000 });
    expect(places[`https://example.cn/${MAX_PLACES + 4}`]?.block).toBe(MAX_PLACES + 4);
  });
});
