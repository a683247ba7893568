/**
 * Pass `site-chrome`: the lines of the article's container that are the site's, not the
 * article's, judged line by line from general evidence (core/roles/line-role.ts): SEO spam
 * (`亚洲免费av电影一区二区三区,日韩爱爱视频,…`), breadcrumbs (`首页 > 说说感言 > 读书名言 >`),
 * meta rows (`2011-10-30 08:11:30李海军褚丽娜…`, `作者：佚名 更新时间：2008-4-5 点击：1865次`),
 * related lists, document sites' pagers and controls (`已阅读5页，还剩1页未读`), comment
 * widgets, notices, tab labels, watermark lines, the site's name alone, and the title said
 * again at the top. Each dropped line is a recorded change with its role and its place, so
 * that the reader can show it and bring it back. Pictures that sell or ask to be followed
 * go too: `<img src="/ad/vip468.gif" alt="開通會員 下載全文">`, a QR code.
 */
import type { Draft, DraftChange, DraftLine, DraftUnit } from '../draft';
import type { ImageBlock } from '../model';
import type { PagePass } from '../pass';
import { judgeLinesSteps } from '../roles/line-role';
import { runSteps } from '../slices';

const NAME = 'site-chrome';

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

const isVerbatim = (line: DraftLine): boolean => line.container?.kind === 'cell' || line.container?.kind === 'pre' || line.preformatted === true;

function* siteChromeSteps(draft: Draft): Generator<void, Draft> {
  const changes: DraftChange[] = [...draft.changes];
  const lines = draft.units.filter((unit): unit is DraftLine => unit.kind === 'line');
  const roles = yield* judgeLinesSteps(
    lines.map((line) => ({ text: line.text, ...(line.hint ? { hint: line.hint } : {}), ...(isVerbatim(line) ? { verbatim: true } : {}) })),
    { title: draft.title, siteNames: draft.siteNames, recognised: draft.recognised },
  );
  const roleOf = new Map(lines.map((line, i) => [line, roles[i]]));
  const units: DraftUnit[] = [];
  for (const unit of draft.units) {
    if (unit.kind === 'block' && unit.block.kind === 'image' && isPromotion(unit.block)) {
      changes.push({ pass: NAME, before: `[${unit.block.alt || unit.block.src}]`, after: '', at: 'page' });
      continue;
    }
    const role = unit.kind === 'line' ? roleOf.get(unit) : undefined;
    if (!role) {
      units.push(unit);
      continue;
    }
    changes.push({ pass: NAME, before: unit.kind === 'line' ? unit.text : '', after: '', at: unit.id, line: { role, after: units.at(-1)?.id } });
  }
  return { ...draft, units, changes };
}

export const siteChrome: PagePass = { name: NAME, steps: siteChromeSteps, run: (draft) => runSteps(siteChromeSteps(draft)) };
