/**
 * What an element's own name says it holds, as Readability and Firefox's reader read class
 * names and ids: `breadcrumb`, `meta`, `byline`, `related`, `comment`, `pager`, `share`,
 * `copyright`, and the `<nav>` element. A hint alone never drops a line: it only adds to the
 * line's own evidence (see line-role.ts), and only from a small element, not a wrapper.
 */
import type { ChromeRole } from '../model';

const HINTS: [RegExp, ChromeRole][] = [
  [/breadcrumb|crumbs?\b|\blocation\b|\bposition\b|\bcurrent-?path\b|\bnav\b|navigation|menu|skip/i, 'navigation'],
  [/\bmeta\b|byline|\bauthor\b|\bdate\b|\btime\b|pubtime|publish|\binfo\b|\bsource\b|\bviews?\b|\bhits\b|\btags?\b|keywords?/i, 'meta'],
  [/related|relate\b|recommend|similar|\bmore\b|\bhot\b|prev|next/i, 'related'],
  [/comment|reply|replies|discuss/i, 'comments'],
  [/pager|pagination|page-?nav|paging|\bpages\b/i, 'pager'],
  [/share|social|toolbar|\btools?\b|actions?\b|\bprint\b|\bfav\b|collect|copyright|statement|disclaimer|\blogin\b|\bvip\b|download/i, 'notice'],
];

/** The role an element's tag, class and id suggest. */
export function elementHint(tag: string, classAndId: string): ChromeRole | undefined {
  if (tag === 'NAV') return 'navigation';
  if (!classAndId.trim()) return undefined;
  return HINTS.find(([pattern]) => pattern.test(classAndId))?.[1];
}
