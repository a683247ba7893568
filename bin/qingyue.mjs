#!/usr/bin/env node
// The CLI is bundled from src/cli by `npm run build:cli` (run on install).
import '../dist/cli/qingyue.mjs';
