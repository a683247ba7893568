/**
 * A block's running text with what lies on it: the page's links and emphasis (着重号 for
 * `<em>`), and with 显示修改 the marks of repairs and doubtful spans. Text is only ever set
 * as text. Nested as link, strong, emphasis, mark; a mark that crosses a link's edge is
 * drawn in two pieces.
 */
import { type InlineSpan, spanSegments } from '../core';
import { isMessageKey, t } from '../extension/i18n';
import type { Mark } from './change-marks';
import type { Make } from './render';

/** What a pass did, in the reader's words. */
export function passLabel(pass: string): string {
  const key = `pass_${pass.replace(/-/g, '_')}`;
  return isMessageKey(key) ? t(key) : pass;
}

function markElement(make: Make, mark: Mark, text: string): HTMLElement {
  const element = make('mark', mark.kind === 'change' ? 'qy-change' : 'qy-flag', text);
  element.tabIndex = 0;
  const note = mark.kind === 'change' ? t('changeOriginal', passLabel(mark.pass), mark.original ?? '') : t('flagNote');
  element.title = note;
  element.dataset.note = note;
  return element;
}

function linkElement(make: Make, href: string): HTMLAnchorElement {
  const link = make('a', 'qy-link');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  return link;
}

export function fillText(make: Make, element: HTMLElement, text: string, marks: readonly Mark[] = [], spans: readonly InlineSpan[] = []): void {
  let openLink: { span: InlineSpan; element: HTMLAnchorElement } | undefined;
  for (const { from, to, over } of spanSegments(text.length, spans, marks.flatMap((mark) => [mark.start, mark.end]))) {
    const link = over.find((span) => span.kind === 'link' && span.href);
    let parent: HTMLElement = element;
    if (link) {
      if (openLink?.span !== link) {
        openLink = { span: link, element: linkElement(make, link.href ?? '') };
        element.append(openLink.element);
      }
      parent = openLink.element;
    } else {
      openLink = undefined;
    }
    for (const kind of ['strong', 'emphasis'] as const) {
      if (!over.some((span) => span.kind === kind)) continue;
      const wrapper = make(kind === 'strong' ? 'strong' : 'em', kind === 'strong' ? 'qy-strong' : 'qy-emphasis');
      parent.append(wrapper);
      parent = wrapper;
    }
    const piece = text.slice(from, to);
    const mark = marks.find((candidate) => candidate.start <= from && candidate.end >= to);
    parent.append(mark ? markElement(make, mark, piece) : piece);
  }
}
