/**
 * Pass `outline-block`: the site's 目录/提纲 block lists the whole article's headings,
 * including those in the hidden part. It is not body text; its entries become the outline.
 *
 *   目錄/提綱:……
 *   一、貫徹落實市委政協工作會議精神情況
 *   …
 *   ……
 */
import type { Draft, DraftUnit } from '../draft';
import type { PagePass } from '../pass';

const NAME = 'outline-block';
const START = /^(?:目[录錄]\s*[/／]?\s*提[纲綱]|提[纲綱]\s*[/／]?\s*目[录錄]|目[录錄]|提[纲綱])\s*[:：]?\s*(?:…+|\.{3,})?\s*$/;
const END = /^(?:…+|\.{3,}|。{3,})$/;
/** An entry is a heading, never a paragraph: a sentence or a long line means the block never closed. */
const MAX_ENTRY_LENGTH = 90;
const SENTENCE_END = /[。！？]/;
const MAX_ENTRIES = 120;

export const outlineBlock: PagePass = {
  name: NAME,
  run(draft: Draft): Draft {
    if (draft.outlineBlock) return draft;
    const start = draft.units.findIndex((unit) => unit.kind === 'line' && START.test(unit.text));
    if (start < 0) return draft;
    const entries: string[] = [];
    let end = start + 1;
    for (; end < draft.units.length && entries.length < MAX_ENTRIES; end++) {
      const unit = draft.units[end];
      if (!unit || unit.kind !== 'line') break;
      if (END.test(unit.text)) {
        end++;
        break;
      }
      if (unit.text.length > MAX_ENTRY_LENGTH || SENTENCE_END.test(unit.text)) break;
      entries.push(unit.text);
    }
    if (entries.length === 0) return draft;
    const removed: DraftUnit[] = draft.units.slice(start, end);
    const first = removed[0];
    return {
      ...draft,
      units: [...draft.units.slice(0, start), ...draft.units.slice(end)],
      outlineBlock: entries.map((text) => ({ text })),
      changes: [
        ...draft.changes,
        {
          pass: NAME,
          before: removed.map((unit) => (unit.kind === 'line' ? unit.text : '')).join('\n'),
          after: '',
          at: first?.id ?? 'outline',
        },
      ],
    };
  },
};
