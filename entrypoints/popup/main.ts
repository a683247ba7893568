/** The toolbar popup: the main switches. */
import { browser } from 'wxt/browser';
import { message } from '../../src/extension/messages';
import { localizePage, t } from '../../src/extension/i18n';
import { pageAccess } from '../../src/extension/page-access';
import type { Script } from '../../src/core';
import { loadSettings, readerSettingsItem } from '../../src/reader/settings';
import { autoOpenSetting, opensByItselfOn, setOpensByItselfOn } from '../../src/extension/auto-open';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`popup: no #${id}`);
  return found as T;
}

async function main(): Promise<void> {
  localizePage(document);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const access = pageAccess(tab?.url);
  const host = access === 'web' && tab?.url ? new URL(tab.url).hostname : '';
  const everywhere = element<HTMLInputElement>('auto-everywhere');
  const here = element<HTMLInputElement>('auto-here');
  const toggle = element<HTMLButtonElement>('toggle');
  const scripts: Record<Script, HTMLButtonElement> = { simplified: element('script-simplified'), traditional: element('script-traditional') };

  everywhere.checked = await autoOpenSetting.getValue();
  here.checked = host ? await opensByItselfOn(host) : false;
  here.disabled = !host || !everywhere.checked;
  toggle.disabled = access === 'none';
  if (access !== 'web') {
    const notice = element<HTMLParagraphElement>('cannot-clean');
    notice.textContent = t(access === 'file' ? 'cannotCleanFile' : 'cannotCleanHere');
    notice.hidden = false;
  }
  const showScript = (script: Script): void => {
    for (const [name, button] of Object.entries(scripts)) button.setAttribute('aria-pressed', String(name === script));
  };
  showScript((await loadSettings()).defaultScript);

  toggle.addEventListener('click', () => {
    void browser.runtime.sendMessage(message('qingyue:toggle-reader', {})).then(() => window.close());
  });
  everywhere.addEventListener('change', () => {
    here.disabled = !host || !everywhere.checked;
    void autoOpenSetting.setValue(everywhere.checked);
  });
  here.addEventListener('change', () => void setOpensByItselfOn(host, here.checked));
  for (const [script, button] of Object.entries(scripts) as [Script, HTMLButtonElement][]) {
    button.addEventListener('click', () => {
      showScript(script);
      void loadSettings().then((settings) => readerSettingsItem.setValue({ ...settings, defaultScript: script }));
    });
  }
  element<HTMLAnchorElement>('options').addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  });
}

void main();
