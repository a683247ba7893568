/**
 * A site's row about the article rather than of it: when it was posted and updated, by
 * whom, from where, how often read (`作者：佚名 更新时间：2008-4-5 点击：1865次`,
 * `更新于 2023-05-06 · 浏览 5.2万 · 收藏 318`), a post row where date and time run into
 * names or counts (`2011-10-30 08:11:30李海军褚丽娜…`, `读书名言2021-03-24178举报/反馈`),
 * a mirror's journal-issue row (`船舶与海洋工程 2011年2期`), a keyword row whose tags run
 * together (`关键词:成本核算核算成本`), and a document site's file row (`格式:DOC 上传日期:…`).
 *
 * The article's own lines that look alike stay: a paper's authors, its 关键词 with their
 * separators, a speech's date (`2023年5月6日`), a 落款, a sentence that mentions a date.
 */
import { lengthOf, SENTENCE_END } from './plain-line';

const MAX_META_ROW = 120;
/** A labelled field of such a row: `发布时间:`, `浏览:`, `来源:`, `上传人:`, `页数:` … */
const FIELD_LABEL = /(?:发布|发表|更新|上传|提交|修改|创建)(?:时间|日期|于)?\s*[:：]|(?:时间|日期|来源|作者|编辑|责任编辑|责编|小编|浏览|阅读|点击|查看|回复|评论|字数|阅读量|浏览量|点击量|订阅数|上传人|文档编号|文档序号|格式|页数|大小|资源ID|资源大小|资源格式|全文页数|下载积分|分类|标签|TAG|所属分类|人气|热度)\s*[:：]/gi;
/** Fields no article line of its own has: counts and the site's own bookkeeping. */
const SITE_FIELD = /^(?:(?:发布|更新|上传|修改)(?:时间|日期)|来源|浏览|阅读|点击|查看|阅读量|浏览量|点击量|人气|责任编辑|责编|编辑|小编|上传人|文档编号|下载积分|资源ID|原标题|标题|相关热词|热词|标签|TAG)\s*[:：]/i;
/** A date written as sites stamp their rows, `2011-10-30` or `2011/10/30`, and a time after it; or a date and time alone. */
const STAMP = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}|^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期.|周.)?\s*\d{1,2}:\d{2}(?::\d{2})?$/;
/** How long a text is and how long it takes to read: `本篇文章508字，读完约1分钟`, `共 9926字,需浏览 20分钟`. */
const READING_TIME = /^(?:本(?:篇)?文(?:章)?|全文|本文)?\s*共?\s*(?:计\s*)?\d+\s*个?字.{0,20}(?:分钟|字)$/;
const ISO_DATE = /\d{4}-\d{1,2}-\d{1,2}/;
const DATE_AGAINST_HAN = /\p{Script=Han}\d{4}-\d{1,2}-\d{1,2}|\d{4}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\p{Script=Han}/u;
/** A count the site keeps: `阅读(905)`, `浏览 5.2万`, `513 查看`, `28评论`, `11799℃`. */
const COUNT = /(?:阅读|浏览|点击|评论|收藏|点赞|分享|查看|回复|顶|踩)\s*[(:：]?\s*[\d.]+\s*[万wW千kK]?\s*\)?(?:次|人)?|\d[\d.]*\s*[万wW]?\s*(?:次|人)?\s*(?:阅读|浏览|点击|评论|收藏|查看|回复)|\d+℃/g;
const JOURNAL_ISSUE = /^[\p{Script=Han}·]{2,20}\s*\d{4}年\s*(?:第\s*)?\d{1,2}期$/u;
const RUN_TOGETHER_KEYWORDS = /^关键[词字]\s*[:：]\s*[^\s,，;；、/|]{2,20}$/;

const MAX_COUNTED_LABEL = 12;

export function isMetaRow(plain: string): boolean {
  const length = lengthOf(plain);
  if (length > MAX_META_ROW) return false;
  if (JOURNAL_ISSUE.test(plain) || RUN_TOGETHER_KEYWORDS.test(plain)) return true;
  const sentence = SENTENCE_END.test(plain.replace(/[!?]\s*$/, ''));
  if (sentence) return false;
  if (READING_TIME.test(plain)) return true;
  const fields = plain.match(FIELD_LABEL)?.length ?? 0;
  const countMatches = plain.match(COUNT) ?? [];
  const counts = countMatches.length;
  if (fields >= 2 || fields + counts >= 2) return true;
  // A count and a word or two (`精选范文 阅读(2.91W)`).
  if (counts === 1 && lengthOf(plain) - lengthOf(countMatches[0] ?? '') <= MAX_COUNTED_LABEL) return true;
  if (STAMP.test(plain)) return true;
  if (DATE_AGAINST_HAN.test(plain) || (ISO_DATE.test(plain) && (fields > 0 || counts > 0))) return true;
  // A field alone: the site's when its value is a stamp, a count or a name, not a date in words (`发布时间:2023年12月29日`, an entry's own).
  return SITE_FIELD.test(plain) && length <= 60 && !WORDED_DATE_VALUE.test(plain);
}

const WORDED_DATE_VALUE = /[:：]\s*\d{4}年\d{1,2}月(?:\d{1,2}日)?$/;

/**
 * A forum's or a blog's profile field and its number (`积分: 10`, `发帖数量: 179 个`,
 * `博客访问: 365394`), trusted only at the article's edges; a recipe's `盐：5克` is no such field.
 */
const PROFILE_FIELD = /^[\p{Script=Han} ]{0,6}(?:帖|积分|威望|精华|访问|博文|在线|注册|登录|等级|级别|粉丝|关注|获赞|原创|排名|金币|经验)[\p{Script=Han} ]{0,4}\s*[:：]\s*[\d.,\-: ]+\s*\S{0,4}$/u;

/** A short line with a stamped date and a name or two (`杨波 信息通信技术与政策 2022-12-10`, `2021-02-19 厨师菜`). */
const DATED_SHORT_LINE = /^(?=.{0,40}$).*(?:^|\s)\d{4}-\d{1,2}-\d{1,2}(?:\s|$)/;

/** What is left of a row whose fields a separator divides, on a line of its own: `| 梓炫2` after `作者`. */
const ROW_FRAGMENT = /^[|丨]\s*[^|丨\s][^|丨]{0,15}$/;

/** Meta evidence that is the site's only at the article's edges. */
export function isEdgeMetaRow(plain: string): boolean {
  return PROFILE_FIELD.test(plain) || ROW_FRAGMENT.test(plain) || (DATED_SHORT_LINE.test(plain) && !SENTENCE_END.test(plain));
}
