/** The reader's keys: ←/→ or j/k for sections, t script, c copy, ? help, Esc close. */

export type ReaderCommand = 'next-section' | 'previous-section' | 'toggle-script' | 'copy' | 'help' | 'close';

export const SHORTCUTS: { keys: string; command: ReaderCommand; label: string }[] = [
  { keys: '→ / j', command: 'next-section', label: '下一节' },
  { keys: '← / k', command: 'previous-section', label: '上一节' },
  { keys: 't', command: 'toggle-script', label: '简体 / 繁體' },
  { keys: 'c', command: 'copy', label: '复制全文' },
  { keys: '?', command: 'help', label: '快捷键帮助' },
  { keys: 'Esc', command: 'close', label: '关闭阅读视图（或关闭帮助）' },
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
