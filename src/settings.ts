/** User settings, kept in extension storage. */
import { storage } from 'wxt/utils/storage';

/** Open the reader by itself on pages the detector recognises. */
export const autoOpenSetting = storage.defineItem<boolean>('local:autoOpen', { fallback: true });
