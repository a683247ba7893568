/**
 * Read aloud with the browser's speech synthesis, paragraph by paragraph from where the
 * reader is, marking the paragraph being read. Offered only where a Chinese voice exists.
 */

export interface ReadAloud {
  available: () => boolean;
  start: (paragraphs: HTMLElement[], lang: string, rate: number, onEnd: () => void) => void;
  stop: () => void;
}

const SPEAKING_CLASS = 'qy-speaking';

export function readAloudWith(speech: SpeechSynthesis | undefined): ReadAloud {
  let current: HTMLElement | undefined;
  let stopped = true;
  const chineseVoice = (): SpeechSynthesisVoice | undefined => speech?.getVoices().find((voice) => /^(zh|cmn)/i.test(voice.lang));
  const unmark = (): void => {
    current?.classList.remove(SPEAKING_CLASS);
    current = undefined;
  };
  return {
    available: () => chineseVoice() !== undefined,
    start(paragraphs, lang, rate, onEnd) {
      if (!speech) return;
      stopped = false;
      const speakFrom = (index: number): void => {
        unmark();
        const paragraph = paragraphs[index];
        if (stopped || !paragraph) {
          if (!stopped) onEnd();
          return;
        }
        current = paragraph;
        paragraph.classList.add(SPEAKING_CLASS);
        paragraph.scrollIntoView({ block: 'center', behavior: 'smooth' });
        const utterance = new SpeechSynthesisUtterance(paragraph.textContent ?? '');
        utterance.lang = lang;
        utterance.rate = rate;
        utterance.voice = chineseVoice() ?? null;
        utterance.onend = () => speakFrom(index + 1);
        speech.speak(utterance);
      };
      speakFrom(0);
    },
    stop() {
      stopped = true;
      speech?.cancel();
      unmark();
    },
  };
}
