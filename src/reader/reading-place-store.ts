/** The reading places in extension storage (see reading-place.ts); the options page forgets them all. */
import { storage } from 'wxt/utils/storage';
import { placeKey, withPlace, type ReadingPlace, type ReadingPlaces } from './reading-place';

const readingPlacesItem = storage.defineItem<ReadingPlaces>('local:readingPlaces', { fallback: {} });

export async function rememberPlace(url: string, place: ReadingPlace): Promise<void> {
  await readingPlacesItem.setValue(withPlace(await readingPlacesItem.getValue(), placeKey(url), place));
}

export async function recallPlace(url: string): Promise<ReadingPlace | undefined> {
  return (await readingPlacesItem.getValue())[placeKey(url)];
}

export async function forgetPlaces(): Promise<void> {
  await readingPlacesItem.removeValue();
}
