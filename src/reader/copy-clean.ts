/** The context menu's 复制清洁文本: the reader's clean text, copied without opening the reader. */
import { computedStyleOf } from '../extension/computed-style';
import { cleanInScript, toText } from '../core';
import { injectedResources } from '../extension/injected-resources';
import { loadSettings } from './settings';

export async function copyCleanText(view: Window): Promise<void> {
  const settings = await loadSettings();
  const wanted = { script: settings.defaultScript, standard: settings.traditionalStandard };
  const document = await cleanInScript(view.document, computedStyleOf(view), injectedResources, wanted, { url: view.location.href });
  await view.navigator.clipboard.writeText(toText(document));
}
