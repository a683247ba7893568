/**
 * A text as the lines of an article, as a page's would be: the damage also travels as text
 * (the seed itself is a text a reader copied out of its page), and a text must give the
 * same article as its page.
 *
 * A line break may be where a page's `<br>` was, the one place a line can be broken inside a
 * paragraph, so the hard-wrap pass joins such lines on the same evidence as on a page
 * (`籌備情況的⏎匯報`); otherwise each line is a paragraph of its own, as each `<p>` a text
 * is copied from, and a blank line always ends one. White space
 * collapses as a browser collapses it. Nothing is read as markup: `#include <stdio.h>` is
 * text. A Markdown file's own structure is kept where it is unambiguous: ATX headings
 * (`## 二、主要做法`) and fenced code, whose lines stay as they are.
 */
import type { ExtractedLine } from '../extract';
import { normalisedLine } from '../inline-spans';

export interface TextLines {
  /** A Markdown file's `# Title` on its first line, else empty: a text names no title of its own. */
  title: string;
  lines: ExtractedLine[];
}

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function textLines(text: string, markdown = false): TextLines {
  const lines: ExtractedLine[] = [];
  let title = '';
  let afterBlank = true;
  /** The fence that opened the code block the walk is in, and the block's number. */
  let fence: { marker: string; pre: number } | undefined;
  let fences = 0;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    if (markdown && fence) {
      if (raw.trim().startsWith(fence.marker)) fence = undefined;
      else lines.push({ text: normalisedLine(raw, true), preformatted: true, container: { kind: 'pre', pre: fence.pre } });
      afterBlank = true;
      continue;
    }
    const opening = markdown ? FENCE.exec(raw) : null;
    if (opening) {
      fence = { marker: opening[1] ?? '```', pre: ++fences };
      continue;
    }
    const line = normalisedLine(raw, false);
    if (!line) {
      afterBlank = true;
      continue;
    }
    const heading = markdown ? ATX_HEADING.exec(line) : null;
    if (heading && heading[1] === '#' && lines.length === 0 && !title) title = heading[2] ?? '';
    else if (heading) lines.push({ text: heading[2] ?? '', headingTag: Math.max(2, heading[1]?.length ?? 2) });
    else lines.push(afterBlank || lines.length === 0 ? { text: line } : { text: line, afterNewline: true });
    afterBlank = Boolean(heading);
  }
  return { title, lines };
}
