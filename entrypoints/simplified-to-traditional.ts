/** opencc-js's Simplified→Traditional dictionary (see src/core/resources.ts), injected when first asked for. */
import { Converter } from 'opencc-js/cn2t';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideResource } from '../src/extension/resource-registry';

export default defineUnlistedScript(() => provideResource(globalThis, 'simplified-to-traditional', Converter));
