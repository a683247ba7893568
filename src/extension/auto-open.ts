/** Where the reader opens by itself, kept in extension storage. */
import { storage } from 'wxt/utils/storage';

/** Open the reader by itself on pages the detector recognises. */
export const autoOpenSetting = storage.defineItem<boolean>('local:autoOpen', { fallback: true });

/** Sites (host names) where the reader never opens by itself. */
export const autoOpenOffSites = storage.defineItem<string[]>('local:autoOpenOffSites', { fallback: [] });

export async function opensByItselfOn(host: string): Promise<boolean> {
  const [everywhere, offSites] = await Promise.all([autoOpenSetting.getValue(), autoOpenOffSites.getValue()]);
  return everywhere && !offSites.includes(host);
}

export async function setOpensByItselfOn(host: string, on: boolean): Promise<void> {
  const offSites = (await autoOpenOffSites.getValue()).filter((site) => site !== host);
  await autoOpenOffSites.setValue(on ? offSites : [...offSites, host]);
}
