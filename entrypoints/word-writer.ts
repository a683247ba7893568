/** The Word writer and its docx library (see src/core/resources.ts), injected when a Word file is first asked for. */
// First: docx's zip library must find setImmediate already there.
import '../src/extension/set-immediate';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { toWordDocument } from '../src/core/word-document';
import { provideResource } from '../src/extension/resource-registry';

export default defineUnlistedScript(() => provideResource(globalThis, 'word-writer', toWordDocument));
