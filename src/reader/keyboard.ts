/** The reader's keys: ←/→ or j/k for sections, t script, c copy, ? help, Esc close. */
import type { MessageKey } from '../extension/i18n';

export type ReaderCommand = 'next-section' | 'previous-section' | 'toggle-script' | 'copy' | 'help' | 'close';

export const SHORTCUTS: { keys: string; command: ReaderCommand; label: MessageKey }[] = [
  { keys: '→ / j', command: 'next-section', label: 'keyNext' },
  { keys: '← / k', command: 'previous-section', label: 'keyPrevious' },
  { keys: 't', command: 'toggle-script', label: 'keyScript' },
  { keys: 'c', command: 'copy', label: 'keyCopy' },
  { keys: '?', command: 'help', label: 'keyHelp' },
  { keys: 'Esc', command: 'close', label: 'keyClose' },
];

const BY_KEY: Record<string, ReaderCommand> = {
  ArrowRight: 'next-section',
  j: 'next-section',
  ArrowLeft: 'previous-section',
  k: 'previous-section',
  t: 'toggle-script',
  c: 'copy',
  '?': 'help',
  Escape: 'close',
};

/** The command for a key press, unless it is typed into a field or held with a modifier. */
export function readerCommandFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, inField: boolean): ReaderCommand | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (inField && event.key !== 'Escape') return undefined;
  return BY_KEY[event.key];
}
