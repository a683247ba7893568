/**
 * Resources for the extension (see resources.ts): on first need the reader asks the
 * background to inject the resource's own script, which registers its payload. The reader
 * script itself carries neither the character model nor the Simplified→Traditional
 * dictionary.
 */
import { browser } from 'wxt/browser';
import { message, type ResourceName } from './messages';
import type { Resources } from '../core';
import { providedResource, type ResourcePayloads } from './resource-registry';

export class ResourceUnavailableError extends Error {}

const loading = new Map<ResourceName, Promise<unknown>>();

function load<Name extends ResourceName>(name: Name): Promise<ResourcePayloads[Name]> {
  let pending = loading.get(name) as Promise<ResourcePayloads[Name]> | undefined;
  if (!pending) {
    pending = (providedResource(globalThis, name) ? Promise.resolve() : browser.runtime.sendMessage(message('qingyue:load-resource', { name }))).then(() => {
      const payload = providedResource(globalThis, name);
      if (payload === undefined) throw new ResourceUnavailableError(`resource ${name} did not load`);
      return payload;
    });
    pending.catch(() => loading.delete(name));
    loading.set(name, pending);
  }
  return pending;
}

export const injectedResources: Resources = {
  charModel: () => load('char-model'),
  simplifiedToTraditional: () => load('simplified-to-traditional'),
  wordWriter: () => load('word-writer'),
};
