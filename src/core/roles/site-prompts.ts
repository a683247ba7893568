/**
 * What sites say to their visitors inside an article's container, each a whole short line:
 * a document site's pager and controls (`商务文书写作ppt课件.ppt_第1页`, `第2页 / 共43页`,
 * `已阅读5页，还剩1页未读`, `继续免费阅读`, `下载本文档`), notices and prompts (`版权说明：
 * 本文档由用户提供并上传…`, `分享到：`, `注册或登录后显示`, `举报/反馈`), comment widgets
 * (`发表评论`, `0人顶`), the head of a related-articles list (`相关文章`, `上一篇：…`), tab
 * labels (`文档简介`, `产品详细介绍`), SEO boilerplate (`本篇文章为你整理了…的详细内容`,
 * `热门标签：…`) and a watermark line (`一秒记住【就爱小说网 www.92to.cc】`). A sentence
 * that mentions such words is text: only the line that is nothing else goes.
 */
import type { ChromeRole } from '../model';
import { lengthOf } from './plain-line';

const MAX_PROMPT = 80;
/** A document site's notices are long, but say exactly what they are. */
const MAX_LONG_NOTICE = 160;
const LONG_NOTICE = /^版权(?:说明|声明)\s*[:：]|本文档由用户提供并上传|由会员分享.{0,60}可在线阅读|请在.{1,20}上搜索[。.]?$|版权所有|ICP备|^copyright\b|^本(?:网|站)所有(?:文字|内容|图片)|以上(?:文章|内容)仅代表作者(?:个人)?观点/i;

const PAGER = /_第\d+页$|^第\d+页\s*[/／]\s*共\d+页$|^已阅读\s*\d+\s*页|还剩\s*\d+\s*页未读|^(?:继续|展开)(?:免费)?(?:阅读|全文)(?:全文)?$|^(?:点击)?(?:查看|加载)更多(?:>>|»)?$|^(?:上一页\s*)?(?:\d+\s+){2,}(?:\.\.\.\s*)?(?:\d+\s*)?(?:下一页|尾页)?$|^(?:首页\s*)?上一页\s*下一页(?:\s*尾页)?$/;
const NOTICE =
  /^(?:免费)?下载本文档$|^版权(?:说明|声明)\s*[:：]|本文档由用户提供并上传|由会员分享.{0,40}可在线阅读|^分享到\s*[:：]?|^(?:微信)?扫一扫|^开通\s*vip$|^立即解锁$|^(?:注册|登录|登陆).{0,4}后.{0,4}(?:显示|可见|查看|下载|评论)|部分链接隐藏|^找回密码$|^会员注册$|^\[?复制链接\]?$|^\+?\s*加入清单$|^合集下载$|^下载资源$|^下载地址\s*[:：]|^立即咨询$|^意见反馈|^我要投稿$|^(?:举报|打印|收藏|纠错)$|^(?:返回|下载|相关|举报|收藏|分享|打印)(?:\s+(?:返回|下载|相关|举报|收藏|分享|打印)){1,5}$|^[举舉]报\s*[/／|]?\s*反馈$|^欢迎来到.{1,20}[!！]|^(?:温馨|友情)提示\s*[:：]?$|^(?:本文|本站)(?:来源于网络|内容来源于网络|仅供参考)|^©|^(?:字号|发新帖|了解详情|查看原文|欢迎使用手机浏览|[AT][+-])\s*[:：]?$|^(?:账号|密码|验证码|邮箱\/手机|用户名)\s*[:：]|忘记密码|换一换$|^二维码$|登录下载|一键下载|下载资源需要|^支付方式\s*[:：]|^加入vip|^(?:本文)?(?:地址|链接|网址|原文(?:链接|地址))\s*[:：].{0,30}(?:https?:\/\/|www\.)/i;
const COMMENTS = /^(?:发表|网友|最新|热门|全部)评论$|^\d+\s*条评论$|^评论\s*\(\d+\)$|^(?:登录后|请登录后)(?:发表)?评论|^暂无评论|抢沙发|^\d+\s*人顶$|^帖子很冷清/;
/** An item of a related list that the site rates: `清明散文推荐度`, `- 代理记账公司绩效考核方案 推荐度:`. */
const RATED_ITEM = /推荐度\s*[:：]?$/;
const RELATED_HEAD = /^(?:【.{1,40}】)?(?:相关|推荐|延伸|热门|最新|精彩)(?:文章|阅读|推荐|范文|文档|资料)\s*[:：]?$|^(?:猜你喜欢|你可能感兴趣(?:的文章)?|相关推荐)\s*[:：]?$|^上一篇\s*[:：]|^下一篇\s*[:：]/;
const TEMPLATE = /^(?:文档简介|资源描述|产品详细介绍|本文目录一览|内容简介|全文阅读|资料简介|本文简介|本文内容|文章简介)\s*[:：]?$|(?:本文简介|本文内容)\s*[:：]?$/;
/** Markup shown as text, a broken template's tags with nothing in them (`<legend id="ppnor"></legend>`). */
const EMPTY_MARKUP = /^(?:<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>\s*)+$/i;
/** A site's line of place names or keywords for search engines. */
const SEO = /^热门标签\s*[:：]|^本篇文章(?:为你|给大家)整理了.{0,80}(?:的详细内容|的知识点)|^今天给各位分享.{0,60}的知识/;
/** A site's name and address in brackets, or a prompt to remember it. */
const WATERMARK_LINE = /^(?:一秒记住)?[【[(（]?[^【】[\]]{0,20}(?:www\.)?[a-z0-9-]+\.(?:com|cn|net|org|cc|top|vip|info)[^【】[\]\s]{0,20}[】\])）]?.{0,20}$/i;

/** The prompt a whole line is, if it is nothing else. */
export function promptRole(plain: string): ChromeRole | undefined {
  const length = lengthOf(plain);
  if (length <= MAX_LONG_NOTICE && LONG_NOTICE.test(plain)) return 'notice';
  if (length > MAX_PROMPT) return SEO.test(plain) ? 'seo' : undefined;
  if (PAGER.test(plain)) return 'pager';
  if (NOTICE.test(plain)) return 'notice';
  if (COMMENTS.test(plain)) return 'comments';
  if (RELATED_HEAD.test(plain) || RATED_ITEM.test(plain)) return 'related';
  if (SEO.test(plain)) return 'seo';
  if (WATERMARK_LINE.test(plain) && /[【[]|一秒记住/.test(plain)) return 'watermark';
  return undefined;
}

/** Only at the article's edges: a tab's label or a file's name is the site's there, a heading in the body. */
export function edgePromptRole(plain: string): ChromeRole | undefined {
  if (TEMPLATE.test(plain) || EMPTY_MARKUP.test(plain)) return 'template';
  if (SITE_NAME_LINE.test(plain)) return 'watermark';
  return undefined;
}

/** A line that is only a site's name (`衡阳新闻网`, `冰点文库`), known or not. */
const SITE_NAME_LINE = /^[\p{Script=Han}A-Za-z0-9]{2,10}(?:网|网站|文库|在线|之家)$/u;

/** An item of a related-articles list: a title with its date (`小人守护者读后感范文07-06`). */
const DATED_TITLE = /^[^。！？!?]{4,60}?\s*(?:\d{4}-)?\d{2}-\d{2}$/;

export function isDatedTitle(plain: string): boolean {
  return DATED_TITLE.test(plain);
}
