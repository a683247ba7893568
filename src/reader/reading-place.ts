/**
 * Where the reader was on each page: the block at the top of the view and how far into it,
 * kept under the page's address (in extension storage: reading-place-store.ts), so that
 * reopening the page returns there. Only the most recently read pages are kept.
 */
export interface ReadingPlace {
  block: number;
  /** How much of the block lies above the top of the view, as a share of its height. */
  into: number;
  /** When it was kept (ms since the epoch): the oldest go first. */
  at: number;
}

export type ReadingPlaces = Record<string, ReadingPlace>;

/** Enough for months of reading; the storage stays a few kilobytes. */
export const MAX_PLACES = 200;

/** The address a place is kept under: the page's own, without a fragment, which only scrolls. */
export function placeKey(url: string): string {
  return url.split('#')[0] ?? url;
}

/** The places with this one kept, and the oldest dropped beyond MAX_PLACES. */
export function withPlace(places: ReadingPlaces, key: string, place: ReadingPlace): ReadingPlaces {
  const kept = Object.entries({ ...places, [key]: place })
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_PLACES);
  return Object.fromEntries(kept);
}
