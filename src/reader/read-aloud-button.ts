/**
 * The toolbar's read-aloud button: offered only while the browser has a Chinese voice (the
 * list can arrive late), it reads from the first paragraph in view and stops on a second press.
 */
import { t } from '../extension/i18n';
import { readAloudWith } from './read-aloud';

/** What is read aloud, in reading order. */
const READABLE = '.qy-paragraph, .qy-heading, .qy-quote, .qy-list > li, .qy-caption';

export function readAloudButton(
  view: Window,
  speak: HTMLButtonElement,
  text: { shadow: ShadowRoot; scroller: HTMLElement; lang: () => string; rate: () => number },
): { stop: () => void; dispose: () => void } {
  const readAloud = readAloudWith(view.speechSynthesis);
  const offer = (): void => {
    speak.disabled = !readAloud.available();
    speak.title = speak.disabled ? t('noChineseVoice') : t('readAloudTitle');
  };
  offer();
  view.speechSynthesis?.addEventListener('voiceschanged', offer);
  const stop = (): void => {
    readAloud.stop();
    speak.setAttribute('aria-pressed', 'false');
  };
  speak.addEventListener('click', () => {
    if (speak.getAttribute('aria-pressed') === 'true') return stop();
    const top = text.scroller.getBoundingClientRect().top;
    const paragraphs = [...text.shadow.querySelectorAll<HTMLElement>(READABLE)].filter((element) => element.getBoundingClientRect().bottom > top);
    speak.setAttribute('aria-pressed', 'true');
    readAloud.start(paragraphs, text.lang(), text.rate(), stop);
  });
  return {
    stop,
    dispose: () => view.speechSynthesis?.removeEventListener('voiceschanged', offer),
  };
}
