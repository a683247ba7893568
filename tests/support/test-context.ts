/** Shared helpers for the passes' unit tests: the real model and converters, no mocks. */
import charModelData from '../../src/core/lm/generated/char-model.json';
import { createCharModel, type CharModelData } from '../../src/core/lm/char-model';
import type { PassContext } from '../../src/core/pass';
import { toSimplified } from '../../src/core/script';

let context: PassContext | undefined;

export function testContext(toPageScript: (text: string) => string = (text) => text): PassContext {
  context ??= {
    model: createCharModel(charModelData as CharModelData),
    toSimplified: (text) => toSimplified(text),
    toPageScript,
    pagePairs: new Map(),
    pageCharacters: new Set(),
  };
  return { ...context, toPageScript };
}
