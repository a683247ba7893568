/**
 * Interface text in the browser's language (简体中文, 繁體中文, English) from the
 * extension's `_locales`; outside the browser (unit tests) the default catalogue, 简体中文.
 */
import defaultCatalogue from '../../public/_locales/zh_CN/messages.json';

export type MessageKey = keyof typeof defaultCatalogue;

interface I18nApi {
  getMessage: (key: string, substitutions?: string[]) => string;
}

const PLACEHOLDERS = ['$A$', '$B$', '$C$'];

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const values = substitutions.map(String);
  const api = (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n;
  const localized = api?.getMessage(key, values);
  if (localized) return localized;
  return PLACEHOLDERS.reduce((text, placeholder, i) => text.replace(placeholder, values[i] ?? ''), defaultCatalogue[key].message);
}

export function isMessageKey(key: string): key is MessageKey {
  return key in defaultCatalogue;
}

/** Fills an extension page's `data-i18n` elements (text) and `data-i18n-label` ones (aria-label). */
export function localizePage(document: Document): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset.i18n ?? '';
    if (isMessageKey(key)) element.textContent = t(key);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const key = element.dataset.i18nLabel ?? '';
    if (isMessageKey(key)) element.setAttribute('aria-label', t(key));
  }
}
