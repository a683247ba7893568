/**
 * Pass `omission-notice`: the site's notices where it hides text from non-members become
 * honest omission blocks.
 *
 *   ……(新文秘網http://jey722.cn省略706字,正式會員可完整閱讀)……  → { omission, chars: 706 }
 *   ……(未完,全文共3926字,當前僅顯示1983字,請閱讀下面提示信息。
 *   收藏《三區政協主席秘書長聯席會交流材料》)                       → { omission, chars, total, shown }
 *
 * Everything after the 未完 tail is the site's member prompt, not article text. The title it
 * asks the reader to bookmark (`收藏《…》`) is the article's: a text copied out of the page
 * has no other, so it becomes the title where there is none.
 */
import type { Draft, DraftChange, DraftLine, DraftUnit } from '../draft';
import type { PagePass } from '../pass';
import { runSteps } from '../slices';
import { PINYIN_LETTERS } from '../text/han';

const NAME = 'omission-notice';
/** A notice's text, where the annotator may have pasted readings too: `新文秘網(wǎng)`. */
const NOTICE_TEXT = `(?:[^（()）]|\\([${PINYIN_LETTERS}]{1,7}\\))`;
const OMITTED = new RegExp(`[…．.]*\\s*[（(]${NOTICE_TEXT}{0,80}?省[略畧]\\s*(\\d+)\\s*字${NOTICE_TEXT}{0,40}[)）]\\s*[…．.]*`, 'u');
/** The article's title in the tail's bookmark prompt. */
const BOOKMARKED_TITLE = /收藏\s*《([^《》\n]{2,80})》/;
const UNFINISHED =
  /[…．.]*\s*[（(]\s*未完\s*[,，]?\s*全文共\s*(\d+)\s*字\s*[,，]?\s*[当當]前[仅僅]?[显顯]示\s*(\d+)\s*字/;

function* omissionNoticeSteps(draft: Draft): Generator<void, Draft> {
  const units: DraftUnit[] = [];
  const changes: DraftChange[] = [...draft.changes];
  let omittedSoFar = 0;
  let nextId = draft.nextId;
  for (const [index, unit] of draft.units.entries()) {
    yield;
    if (unit.kind !== 'line') {
      units.push(unit);
      continue;
    }
    // Text after a notice is looked at again: it may hold the next notice.
    for (let line: DraftLine | undefined = unit; line; ) {
      const tail = UNFINISHED.exec(line.text);
      const notice = OMITTED.exec(line.text);
      // A notice before the tail on the same line is handled first; the tail comes after it.
      if (tail && !(notice && notice.index < tail.index)) {
        const total = Number(tail[1]);
        const shown = Number(tail[2]);
        const before = line.text.slice(0, tail.index).trim();
        if (before) units.push({ ...line, text: before });
        const noticeId = before ? nextId++ : line.id;
        const removed = [line.text.slice(tail.index), ...draft.units.slice(index + 1).map((u) => (u.kind === 'line' ? u.text : ''))]
          .filter(Boolean)
          .join('\n');
        changes.push({ pass: NAME, before: removed, after: '', at: noticeId });
        const chars = Math.max(0, total - shown - omittedSoFar);
        units.push({ id: noticeId, kind: 'block', block: { kind: 'omission', chars, total, shown } });
        const title = draft.title || (BOOKMARKED_TITLE.exec(removed)?.[1]?.trim() ?? '');
        return { ...draft, title, units, changes, nextId };
      }
      if (!notice) {
        units.push(line);
        break;
      }
      const chars = Number(notice[1]);
      omittedSoFar += chars;
      const before = line.text.slice(0, notice.index).trim();
      const after = line.text.slice(notice.index + notice[0].length).trim();
      if (before) units.push({ ...line, text: before });
      const noticeId = before ? nextId++ : line.id;
      units.push({ id: noticeId, kind: 'block', block: { kind: 'omission', chars } });
      changes.push({ pass: NAME, before: notice[0], after: '', at: noticeId });
      // What follows a notice stays in the notice's list item or table cell.
      line = after ? { id: nextId++, kind: 'line', text: after, ...(line.container ? { container: line.container } : {}) } : undefined;
    }
  }
  return { ...draft, units, changes, nextId };
}

export const omissionNotice: PagePass = { name: NAME, steps: omissionNoticeSteps, run: (draft) => runSteps(omissionNoticeSteps(draft)) };
