/**
 * What Qingyue can do on a tab, judged from its address alone: the popup says so before
 * anything is tried, so a browser page, a blank tab or a local file gets an explanation
 * instead of a button that fails.
 */
export type PageAccess =
  /** An http(s) page: the reader can open. */
  | 'web'
  /** A saved page opened from disk: only with the browser's "allow access to file URLs". */
  | 'file'
  /** about:blank, the browser's own pages, extension pages, view-source:, data: … */
  | 'none';

export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return 'none';
  if (/^https?:\/\//i.test(url)) return 'web';
  if (/^file:/i.test(url)) return 'file';
  return 'none';
}
