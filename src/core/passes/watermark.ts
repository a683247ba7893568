/**
 * Pass `watermark`: the site's name and address dropped into sentences so that copied text
 * carries them, e.g. `怕得罪人;新文秘網有的在` or `統一部署www.gwfw8.com開展`. Only inside
 * Chinese prose: URLs in Latin text are content. Brackets that held nothing but the
 * watermark go with it (`講話（新文秘網）` is `講話`): an empty （） is no text.
 */
import { replaceRecorded, untilStable } from '../draft';
import { pageLinePass, type PagePass } from '../pass';
import { isChineseProse } from '../text/han';

const NAME = 'watermark';
const ADDRESS = /(?:https?:\/\/)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|cc|top|vip|info|wang)(?:\.cn)?(?:\/[\w./?%&=#-]*)?/gi;

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the match sits in Chinese prose (Chinese on a side) or stands alone on its line. */
function insideChinese(text: string, start: number, end: number): boolean {
  const alone = start === 0 && end === text.length;
  return alone || isChineseProse(text[start - 1]) || isChineseProse(text[end]);
}

function removeWatermarks(text: string, siteNames: readonly string[]): ReturnType<typeof replaceRecorded> {
  const names = siteNames.map(escapeForPattern);
  const watermarks = [...names, ADDRESS.source].join('|');
  const pattern = new RegExp(`[（(]\\s*(?:${watermarks})\\s*[)）]|${watermarks}`, 'gi');
  return replaceRecorded(text, pattern, (match) => {
    const start = match.index;
    const end = start + match[0].length;
    const bare = match[0].replace(/^[（(]\s*|\s*[)）]$/g, '');
    const isName = siteNames.includes(bare);
    return isName || insideChinese(text, start, end) ? '' : match[0];
  });
}

// Removing one address can put Chinese next to another, which then goes too.
export const watermark: PagePass = pageLinePass(NAME, (draft) => untilStable((text) => removeWatermarks(text, draft.siteNames)));
