/** The character model (see src/core/resources.ts), injected when a target page is cleaned. */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { CharModelData } from '../src/core';
import charModel from '../src/core/lm/generated/char-model.json';
import { provideResource } from '../src/extension/resource-registry';

export default defineUnlistedScript(() => provideResource(globalThis, 'char-model', charModel as CharModelData));
