/**
 * Pass `site-chrome`: lines Readability keeps around the article that belong to the site,
 * not the text: the byline row `作者：佚名 更新時間：2008-4-5 點擊：1865次`, the
 * breadcrumb `當前位置：首頁 > 交流材料 > 正文`, a line that is only the site's name, and
 * the title repeated at the top of the text (the reader shows it once, as the title), and
 * the controls of document sites: `已阅读5页，还剩1页未读`, `继续免费阅读`, `下载本文档`,
 * `本文档由用户提供并上传`, `我要投稿`, `小编：…`, `相关推荐`, `举报/反馈`. Only a whole
 * short line goes: a sentence that mentions such words is text. Pictures that sell or ask
 * to be followed go too: `<img src="/ad/vip468.gif" alt="開通會員 下載全文">`, a QR code.
 */
import type { Draft, DraftChange } from '../draft';
import type { ImageBlock } from '../model';
import type { PagePass } from '../pass';

const NAME = 'site-chrome';
const META_LABEL = /^(?:作者|来源|來源|发布|發佈|發布|更新|时间|時間|日期|点击|點擊|阅读|閱讀|浏览|瀏覽|字数|字數|责任编辑|責任編輯|编辑|編輯|当前位置|當前位置|您的位置)[^:：]{0,4}[:：]/;
/** A byline row has several labels; one label alone may begin an ordinary sentence. */
const LABELS = /(?:作者|来源|來源|发布|發佈|更新|时间|時間|日期|点击|點擊|阅读|閱讀|浏览|瀏覽|字数|字數|编辑|編輯)[^:：]{0,4}[:：]/g;
const BREADCRUMB = /^(?:当前位置|當前位置|您的位置)[:：]/;
const DOCUMENT_SITE_CONTROL =
  /^(?:已[阅閱][读讀]\s*\d+\s*[页頁][,，]?\s*[还還]剩\s*\d+\s*[页頁]未[读讀]|[继繼][续續](?:免[费費])?[阅閱][读讀](?:全文)?|(?:免[费費])?下[载載]本文[档檔]|本文[档檔]由用[户戶]提供并上[传傳].{0,30}|我要投稿|小[编編][:：].{0,20}|相[关關]推[荐薦]|[举舉][报報]\s*[/／|]?\s*反[馈饋]|[举舉][报報]|反[馈饋])[。.!！]?$/;
const MAX_CONTROL_LINE = 60;

/** What a promotion's picture says, in a short alt text: membership, downloads, ads, QR codes to scan and follow. */
const PROMOTION_ALT = /会员|會員|\bvip\b|下载|下載|广告|廣告|开通|開通|充值|二维码|二維碼|扫码|掃碼|扫一扫|掃一掃|[关關]注(?:我[们們]|公[众眾][号號]|微信)/i;
const MAX_PROMOTION_ALT = 20;
/**
 * Where sites keep such pictures: in `/ad/` or `/banner/`, or named `banner_2.jpg`, `vip468.gif`,
 * `qrcode.png`; not a storage shard named by a hash's first letters (`/thumb/a/ad/`).
 */
const PROMOTION_PATH = /(?<!\/\w{1,2})\/(?:ads?|adv|advert|banners?|gg|vip)\/|\/(?:banner|vip|qrcode|erweima)[\w-]*\.\w+$/i;

function isPromotion(picture: ImageBlock): boolean {
  let path = picture.src;
  try {
    path = new URL(picture.src, 'http://relative.invalid').pathname;
  } catch {
    // An address URL cannot read is matched as it stands.
  }
  return (picture.alt.length <= MAX_PROMOTION_ALT && PROMOTION_ALT.test(picture.alt)) || PROMOTION_PATH.test(path);
}

function isChromeLine(text: string, siteNames: readonly string[]): boolean {
  if (siteNames.includes(text.trim())) return true;
  if (BREADCRUMB.test(text)) return true;
  if (text.length <= MAX_CONTROL_LINE && DOCUMENT_SITE_CONTROL.test(text.trim())) return true;
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
      if (unit.kind === 'block' && unit.block.kind === 'image' && isPromotion(unit.block)) {
        changes.push({ pass: NAME, before: `[${unit.block.alt || unit.block.src}]`, after: '', at: 'page' });
        return false;
      }
      if (unit.kind !== 'line') return true;
      const repeatsTitle = index < TITLE_REPEAT_WINDOW && title !== '' && withoutSpaceOrPunctuation(unit.text) === title;
      if (!repeatsTitle && !isChromeLine(unit.text, draft.siteNames)) return true;
      changes.push({ pass: NAME, before: unit.text, after: '', at: unit.id });
      return false;
    });
    return { ...draft, units, changes };
  },
};
