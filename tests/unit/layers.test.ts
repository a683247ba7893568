/**
 * The layers are the linter's to keep (eslint.config.js): an import that runs across them
 * fails `npm run lint`. Checked on lines written as if they were in the named files.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [value];\n`, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the layers', () => {
  it('a pass imports no other pass', async () => {
    expect(await importErrors('src/core/passes/new-pass.ts', "import { pinyinAnnotation as value } from './pinyin-annotation';")).toEqual([
      expect.stringContaining('A pass imports no other pass'),
    ]);
  });

  it('a pass may use what lies below it', async () => {
    expect(await importErrors('src/core/passes/new-pass.ts', "import { isHan as value } from '../text/han';")).toEqual([]);
  });

  it('core/text, core/lm, core/roles and core/input import no pass and not the pipeline', async () => {
    expect(await importErrors('src/core/text/new-helper.ts', "import { linePass as value } from '../pass';")).toHaveLength(1);
    expect(await importErrors('src/core/lm/new-helper.ts', "import { cleanPage as value } from '../pipeline';")).toHaveLength(1);
    expect(await importErrors('src/core/roles/new-evidence.ts', "import { siteChrome as value } from '../passes/site-chrome';")).toHaveLength(1);
    expect(await importErrors('src/core/input/new-reader.ts', "import { cleanPage as value } from '../pipeline';")).toHaveLength(1);
  });

  it('the core uses no extension API and nothing above it', async () => {
    expect(await importErrors('src/core/new-module.ts', "import { browser as value } from 'wxt/browser';")).toHaveLength(1);
    expect(await importErrors('src/core/new-module.ts', "import { renderArticle as value } from '../reader/render';")).toHaveLength(1);
    expect(await importErrors('src/core/passes/new-pass.ts', "import { storage as value } from 'wxt/utils/storage';")).toHaveLength(1);
  });

  it('the reader, the CLI, the extension and the entrypoints use the core through its public entry', async () => {
    expect(await importErrors('src/reader/new-panel.ts', "import { cleanPage as value } from '../core/pipeline';")).toHaveLength(1);
    expect(await importErrors('src/cli/new-command.ts', "import { isHan as value } from '../core/text/han';")).toHaveLength(1);
    expect(await importErrors('src/extension/new-glue.ts', "import { createCharModel as value } from '../core/lm/char-model';")).toHaveLength(1);
    expect(await importErrors('entrypoints/new-entry.ts', "import { pinyinAnnotation as value } from '../src/core/passes/pinyin-annotation';")).toHaveLength(1);
    expect(await importErrors('src/reader/new-panel.ts', "import { cleanPage as value } from '../core';")).toEqual([]);
    expect(await importErrors('entrypoints/new-entry.ts', "import value from '../src/core/lm/generated/char-model.json';")).toEqual([]);
    expect(await importErrors('src/cli/new-command.ts', "import { bundledResources as value } from '../core/bundled-resources';")).toEqual([]);
  });
});
