/** The options page: every reader setting, and where the reader opens by itself. */
import { localizePage, t } from '../../src/extension/i18n';
import { elementMaker } from '../../src/reader/render';
import { renderSettingsPanel } from '../../src/reader/settings-panel';
import { loadSettings, readerSettingsItem, type ReaderSettings } from '../../src/reader/settings';
import { autoOpenOffSites, autoOpenSetting, setOpensByItselfOn } from '../../src/extension/auto-open';
import { forgetPlaces } from '../../src/reader/reading-place-store';

const make = elementMaker(document);

function showReaderSettings(settings: ReaderSettings): void {
  const container = document.getElementById('reader-settings');
  container?.replaceChildren(
    renderSettingsPanel(make, settings, (next) => {
      void readerSettingsItem.setValue(next);
      showReaderSettings(next);
    }),
  );
}

async function showOffSites(): Promise<void> {
  const list = document.getElementById('off-sites');
  const sites = await autoOpenOffSites.getValue();
  list?.replaceChildren(
    ...(sites.length === 0
      ? [make('li', undefined, t('optionsNone'))]
      : sites.map((site) => {
          const item = make('li', undefined, `${site} `);
          const remove = make('button', undefined, t('optionsRestore'));
          remove.type = 'button';
          remove.setAttribute('aria-label', t('optionsRestoreLabel', site));
          remove.addEventListener('click', () => void setOpensByItselfOn(site, true).then(showOffSites));
          item.append(remove);
          return item;
        })),
  );
}

async function main(): Promise<void> {
  localizePage(document);
  showReaderSettings(await loadSettings());
  const everywhere = document.getElementById('auto-everywhere') as HTMLInputElement | null;
  if (everywhere) {
    everywhere.checked = await autoOpenSetting.getValue();
    everywhere.addEventListener('change', () => void autoOpenSetting.setValue(everywhere.checked));
  }
  await showOffSites();
  const forget = document.getElementById('forget-places');
  const forgotten = document.getElementById('forget-places-status');
  forget?.addEventListener('click', () => void forgetPlaces().then(() => forgotten && (forgotten.textContent = t('optionsPlacesForgotten'))));
}

void main();
