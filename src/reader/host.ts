/**
 * The reader's own element on the page, with a closed shadow root the page cannot reach
 * into: the reader, its notices and its progress notice each live in one, and leave with it.
 */
import { elementMaker, type Make } from './render';

export const HOST_TAG = 'qingyue-reader';

export function createHost(page: Document): { host: HTMLElement; shadow: ShadowRoot; make: Make } {
  const host = page.createElement(HOST_TAG);
  return { host, shadow: host.attachShadow({ mode: 'closed' }), make: elementMaker(page) };
}

export function button(make: Make, className: string, text: string, label?: string): HTMLButtonElement {
  const element = make('button', className, text);
  element.type = 'button';
  if (label) element.setAttribute('aria-label', label);
  return element;
}
