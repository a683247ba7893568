/**
 * The site's navigation inside an article's container: breadcrumbs (`首页 > 说说感言 >
 * 读书名言 >`, `您的位置: 首页 » 法律资料网 »`, `学习啦>在线阅读>散文欣赞>`), a path that
 * starts at the front page without separators (`首页 理论教育 通用公文写作的基本要求`),
 * skip links, back-to-top links, a category menu's items (`• IT计算机>`), and a blog's
 * archive (`2008年(59)`).
 */
import { lengthOf, SENTENCE_END } from './plain-line';

const LOCATION_LABEL = /^(?:当前|您的|你的|所在)?位置\s*[:：]/;
const FRONT_PAGE = /^(?:网站)?(?:首页|主页|home)(?=\s|$|[>»›→/|:])/i;
/** Between crumbs: `>`, `»`, `›`, `::`, `丨` as they are; `|` only with spaces around it (`/` divides words, `→` steps of a process). */
const CRUMB_SEPARATOR = /\s*(?:>>?|»|›|::|丨)\s*|\s+\|\s+/;
/** A crumb names a section: Han, or a word; a number or an operand is not one (`x > 0`). */
const CRUMB = /^(?=.*(?:\p{Script=Han}|[A-Za-z]{2}))[^=(){};<]*$/u;
const MAX_CRUMB = 40;
const MAX_BREADCRUMB = 120;
const SKIP_LINK = /^(?:跳到|跳至|跳转到|直达)(?:主要)?(?:内容|正文|导航)|^skip to (?:main )?(?:content|navigation)/i;
const BACK_TO_TOP = /^(?:返回|回到)(?:顶部|页首|页面顶部|首页)$|^(?:top|↑\s*top|▲)$/i;
const MENU_ITEM = /^\S{1,12}\s*>$/;
const ARCHIVE_ENTRY = /^\d{4}年(?:\d{1,2}月)?\s*\(\d+\)$/;
/** What is left of a breadcrumb broken over two lines: `> 论文发表知识库`. */
const CRUMB_TAIL = /^(?:>|»|›)\s*[^\s>»›]{1,20}\s*(?:>|»|›)?$/;
/** A table's row in Markdown or text (`| 表单元素 | HTML 标签 |`) is data, not a path. */
const TABLE_ROW = /^\|.*\|$/;

/** Short parts separated by `>`, `»`, `/` and the like, or a front page first. */
function isBreadcrumb(plain: string): boolean {
  if (lengthOf(plain) > MAX_BREADCRUMB || SENTENCE_END.test(plain) || TABLE_ROW.test(plain)) return false;
  const parts = plain.replace(LOCATION_LABEL, '').split(CRUMB_SEPARATOR).filter((part) => part.trim());
  if (parts.some((part) => lengthOf(part) > MAX_CRUMB || !CRUMB.test(part))) return false;
  const separators = plain.match(new RegExp(CRUMB_SEPARATOR.source, 'g'))?.length ?? 0;
  if (LOCATION_LABEL.test(plain)) return true;
  if (separators >= 2) return true;
  return separators >= 1 && FRONT_PAGE.test(plain);
}

/**
 * The sections a breadcrumb names, without its location label and its front page:
 * `首页 > 说说感言 > 读书名言 >` → 说说感言, 读书名言. Only a crumb a separator follows is a
 * section: a path's last part is often the article's own title (`主頁 > 知識庫 > Go語言模型…`).
 */
export function crumbsOf(plain: string): string[] {
  if (!isBreadcrumb(plain)) return [];
  const parts = plain.replace(LOCATION_LABEL, '').split(CRUMB_SEPARATOR);
  return parts.slice(0, -1).map((part) => part.trim()).filter((part) => part && !FRONT_PAGE.test(part));
}

/** A path from the front page with spaces between its parts: `首页 理论教育 …`. */
function isSpacedPath(plain: string): boolean {
  const parts = plain.split(' ');
  return FRONT_PAGE.test(plain) && parts.length >= 2 && lengthOf(plain) <= MAX_BREADCRUMB && !SENTENCE_END.test(plain) && parts.every((part) => lengthOf(part) <= MAX_CRUMB);
}

export function isNavigation(plain: string): boolean {
  return SKIP_LINK.test(plain) || BACK_TO_TOP.test(plain) || MENU_ITEM.test(plain) || ARCHIVE_ENTRY.test(plain) || CRUMB_TAIL.test(plain) || isBreadcrumb(plain) || isSpacedPath(plain);
}

/**
 * Inside the article's body a breadcrumb must say what it is: a location label, or the
 * front page among its parts (`C++博客 :: 首页 :: 新随笔`); `申请 → 审核 → 批准` is a process.
 */
export function isLabelledBreadcrumb(plain: string): boolean {
  if (!isBreadcrumb(plain)) return false;
  return LOCATION_LABEL.test(plain) || plain.split(CRUMB_SEPARATOR).some((part) => FRONT_PAGE.test(part.trim()));
}

/** The one word of a menu or a tab, alone on its line: only at the article's edges is it the site's. */
const NAVIGATION_WORD = /^(?:首页|主页|网站首页|返回首页|导航|栏目|频道|全部分类|新闻中心|返回列表|更多)$/;

export function isNavigationWord(plain: string): boolean {
  return NAVIGATION_WORD.test(plain);
}
