/**
 * Where an injected resource script leaves its payload for the reader. Both run in the
 * extension's isolated world, which the page cannot see, and are separate bundles, so
 * they meet on a global keyed by a registered symbol.
 */
import type { ResourceName } from './messages';
import type { CharModelData, MakeConverter, WordWriter } from '../core';

export interface ResourcePayloads {
  'char-model': CharModelData;
  'simplified-to-traditional': MakeConverter;
  'word-writer': WordWriter;
}

const REGISTRY = Symbol.for('qingyue.resources');

function registry(scope: object): Partial<ResourcePayloads> {
  const record = scope as Record<symbol, Partial<ResourcePayloads> | undefined>;
  record[REGISTRY] ??= {};
  return record[REGISTRY];
}

export function provideResource<Name extends ResourceName>(scope: object, name: Name, payload: ResourcePayloads[Name]): void {
  registry(scope)[name] = payload;
}

export function providedResource<Name extends ResourceName>(scope: object, name: Name): ResourcePayloads[Name] | undefined {
  return registry(scope)[name];
}
