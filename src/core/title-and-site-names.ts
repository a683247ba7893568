/**
 * What a page's head says of the article and of its site: the title without the site's
 * name after it (`述職報告-範文網`), and the names the site signs its pages with, which
 * the site-chrome and watermark passes then remove: lines of them, and the name inside sentences.
 */

/**
 * What sites put between a title and their name: ` - `, ` | `, `_`, `｜`, `--`, and a bare
 * `-` between Han characters (`述職報告-範文網`); never `——`, which titles use themselves.
 */
const TITLE_SEPARATORS = /\s+[-|–—]\s+|_|｜|\||-{2,}|(?<=\p{Script=Han})-(?=\p{Script=Han})/u;
/** A title that is only an address names the site, not the article: `m.zgkjsz.com`. */
const ADDRESS_ONLY = /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/?$/i;

function metaContent(document: Document, selector: string): string {
  return document.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}

/**
 * The article title: the page's `<h1>` when the document title starts with it, else the
 * document title's first segment (sites append " - 栏目 - 站名").
 */
export function pageTitle(document: Document): string {
  const documentTitle = (document.querySelector('title')?.textContent ?? '').trim();
  const first = documentTitle.split(TITLE_SEPARATORS)[0]?.trim() ?? '';
  const firstSegment = ADDRESS_ONLY.test(first) ? '' : first;
  const headings = [...document.querySelectorAll('h1')].map((h) => (h.textContent ?? '').trim()).filter(Boolean);
  const matching = headings.find((heading) => firstSegment && (heading.startsWith(firstSegment) || firstSegment.startsWith(heading)));
  return matching ?? (firstSegment || headings[0] || '');
}

/** Longest text of a link that names its site, as in `<a href="http://jey722.cn">新文秘網</a>`. */
const MAX_LINKED_NAME = 10;

/** Short texts of links to a site's front page: what a site calls itself. */
function frontPageLinkNames(document: Document): string[] {
  return [...document.querySelectorAll('a[href]')]
    .filter((link) => {
      const href = link.getAttribute('href') ?? '';
      return href === '/' || /^(?:https?:)?\/\/[^/?#]+\/?$/i.test(href);
    })
    .map((link) => (link.textContent ?? '').trim())
    .filter((text) => text.length >= 2 && text.length <= MAX_LINKED_NAME && /[网網站]$|\.[a-z]{2,4}$/i.test(text));
}

/** The names a site signs its pages with: the title's last segment, og:site_name, the logo, front-page links. */
export function siteNames(document: Document): string[] {
  const documentTitle = (document.querySelector('title')?.textContent ?? '').trim();
  const segments = documentTitle.split(TITLE_SEPARATORS).map((s) => s.trim());
  const candidates = [
    segments.length > 1 || ADDRESS_ONLY.test(documentTitle) ? segments[segments.length - 1] : '',
    metaContent(document, 'meta[property="og:site_name"]'),
    metaContent(document, 'meta[name="application-name"]'),
    document.querySelector('.logo img, #logo img, header img')?.getAttribute('alt') ?? '',
    document.querySelector('.logo, #logo')?.textContent ?? '',
    ...frontPageLinkNames(document),
  ];
  return [...new Set(candidates.map((name) => (name ?? '').trim()).filter((name) => name.length >= 2 && name.length <= 20))];
}
