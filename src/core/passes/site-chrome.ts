/**
 * Pass `site-chrome`: lines Readability keeps around the article that belong to the site,
 * not the text: the byline row `作者：佚名 更新時間：2008-4-5 點擊：1865次`, the
 * breadcrumb `當前位置：首頁 > 交流材料 > 正文`, a line that is only the site's name, and
 * the title repeated at the top of the text (the reader shows it once, as the title).
 */
import type { Draft, DraftChange } from '../draft';
import type { PagePass } from '../pass';

const NAME = 'site-chrome';
const META_LABEL = /^(?:作者|来源|來源|发布|發佈|發布|更新|时间|時間|日期|点击|點擊|阅读|閱讀|浏览|瀏覽|字数|字數|责任编辑|責任編輯|编辑|編輯|当前位置|當前位置|您的位置)[^:：]{0,4}[:：]/;
/** A byline row has several labels; one label alone may begin an ordinary sentence. */
const LABELS = /(?:作者|来源|來源|发布|發佈|更新|时间|時間|日期|点击|點擊|阅读|閱讀|浏览|瀏覽|字数|字數|编辑|編輯)[^:：]{0,4}[:：]/g;
const BREADCRUMB = /^(?:当前位置|當前位置|您的位置)[:：]/;

function isChromeLine(text: string, siteNames: readonly string[]): boolean {
  if (siteNames.includes(text.trim())) return true;
  if (BREADCRUMB.test(text)) return true;
  return META_LABEL.test(text) && (text.match(LABELS)?.length ?? 0) >= 2 && text.length <= 120;
}

/** The title can only repeat among the first lines. */
const TITLE_REPEAT_WINDOW = 3;
const withoutSpaceOrPunctuation = (text: string): string => text.replace(/[\p{P}\p{S}\s]/gu, '');

export const siteChrome: PagePass = {
  name: NAME,
  run(draft: Draft): Draft {
    const changes: DraftChange[] = [...draft.changes];
    const title = withoutSpaceOrPunctuation(draft.title);
    const units = draft.units.filter((unit, index) => {
      if (unit.kind !== 'line') return true;
      const repeatsTitle = index < TITLE_REPEAT_WINDOW && title !== '' && withoutSpaceOrPunctuation(unit.text) === title;
      if (!repeatsTitle && !isChromeLine(unit.text, draft.siteNames)) return true;
      changes.push({ pass: NAME, before: unit.text, after: '', at: unit.id });
      return false;
    });
    return { ...draft, units, changes };
  },
};
