/**
 * The Firefox build: Mozilla's own linter (web-ext lint, the add-ons validator) finds no
 * error in it, and its manifest says what Firefox asks for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import webExt from 'web-ext';

const FIREFOX_DIR = '.output/firefox-mv2';

interface LintResult {
  summary: { errors: number };
  errors: { code: string; message: string }[];
}

describe('the Firefox build', () => {
  it('passes web-ext lint with no errors', async () => {
    expect(existsSync(`${FIREFOX_DIR}/manifest.json`)).toBe(true);
    const result = (await webExt.cmd.lint({ sourceDir: FIREFOX_DIR, output: 'none' }, { shouldExitProgram: false })) as LintResult;
    expect(result.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([]);
    expect(result.summary.errors).toBe(0);
  });

  it('declares its id, that it collects no data, and http(s) access only', () => {
    const manifest = JSON.parse(readFileSync(`${FIREFOX_DIR}/manifest.json`, 'utf8'));
    expect(manifest.browser_specific_settings.gecko).toEqual({ id: 'qingyue@example.org', data_collection_permissions: { required: ['none'] } });
    expect(manifest.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.permissions.filter((permission: string) => permission.includes('://'))).toEqual(['http://*/*', 'https://*/*']);
  });
});
