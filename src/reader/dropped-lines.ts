/**
 * The lines the cleaning dropped as the site's, shown with 显示修改 where they stood, each
 * with what it was judged to be and a button that puts it back: the judgement of a line is a
 * guess the reader may overrule. Text is only ever set as text.
 */
import type { CleanDocument, DroppedRole } from '../core';
import { isMessageKey, t } from '../extension/i18n';
import type { Make } from './render';

export interface DroppedLine {
  /** Its record's index in the document's changes, which `restoreLine` takes. */
  change: number;
  role: DroppedRole;
  text: string;
}

/** The dropped lines by the block they stood before (`blocks.length` for the end), in order. */
export function droppedByPlace(document: CleanDocument): Map<number, DroppedLine[]> {
  const byPlace = new Map<number, DroppedLine[]>();
  document.changes.forEach((change, i) => {
    if (!change.line) return;
    const lines = byPlace.get(change.line.at) ?? [];
    lines.push({ change: i, role: change.line.role, text: change.line.text });
    byPlace.set(change.line.at, lines);
  });
  return byPlace;
}

function roleLabel(role: DroppedRole): string {
  const key = `role_${role}`;
  return isMessageKey(key) ? t(key) : role;
}

export function renderDroppedLine(make: Make, line: DroppedLine): HTMLElement {
  const element = make('p', 'qy-dropped');
  element.setAttribute('role', 'note');
  const restore = make('button', 'qy-restore', t('restoreLine'));
  restore.type = 'button';
  restore.dataset.change = String(line.change);
  restore.setAttribute('aria-label', `${t('restoreLineLabel')}：${line.text}`);
  element.append(make('span', 'qy-dropped-role', t('droppedLine', roleLabel(line.role))), make('span', 'qy-dropped-text', line.text), restore);
  return element;
}
