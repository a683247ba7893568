/** Resources by dynamic import, for the CLI and tests (see resources.ts). */
import type { CharModelData } from './lm/char-model';
import type { Resources } from './resources';

export const bundledResources: Resources = {
  charModel: () => import('./lm/generated/char-model.json').then((module) => (module.default ?? module) as CharModelData),
  simplifiedToTraditional: () => import('opencc-js/cn2t').then((module) => module.Converter),
  wordWriter: () => import('./word-document').then((module) => module.toWordDocument),
};
