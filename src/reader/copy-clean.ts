/** The context menu's 复制清洁文本: the reader's clean text, copied without opening the reader. */
import { computedStyleOf } from '../extension/computed-style';
import { cleanPage, toScript, toText } from '../core';
import { injectedResources } from '../extension/injected-resources';
import { loadSettings } from './settings';

export async function copyCleanText(view: Window): Promise<void> {
  const [cleaned, settings] = await Promise.all([cleanPage(view.document, computedStyleOf(view), injectedResources, { url: view.location.href }), loadSettings()]);
  const document = await toScript(cleaned, settings.defaultScript, injectedResources, settings.traditionalStandard);
  await view.navigator.clipboard.writeText(toText(document));
}
