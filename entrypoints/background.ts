/** The background: its listeners live in src/extension/background.ts, where they are tested. */
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/extension/background';

export default defineBackground(startBackground);
