/**
 * Writes a word the repairs insert (a censored word, `列shuji辦公會議`) in a Traditional
 * page's own script: 书记 → 書記.
 *
 * Each character takes the Traditional form the page itself uses for it, the most
 * frequent one if it uses several (a page writing 頭髮 gets 髮 for 发, not 發); a
 * character the page never uses takes OpenCC's character default. The page is better
 * evidence than a dictionary for its own usage, and the character dictionary is 30 KB where
 * OpenCC's phrase dictionary would be 1 MB for the few words a page needs.
 */
import { CustomConverter } from 'opencc-js/core';
import simplifiedToTraditionalCharacters from 'opencc-js/dict/STCharacters';
import { isHan } from './text/han';
import { PATTERN_SAMPLE_CHARS } from './text/page-sample';

let characterDefault: ((text: string) => string) | undefined;

/** Each Simplified character's most frequent Traditional form on the page. */
function pageFormsOf(pageText: string, toSimplified: (text: string) => string): Map<string, string> {
  const counts = new Map<string, number>();
  for (const ch of pageText.slice(0, PATTERN_SAMPLE_CHARS)) if (isHan(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const han = [...counts.keys()];
  const simplified = toSimplified(han.join('\n')).split('\n');
  const pageForm = new Map<string, string>();
  han.forEach((form, i) => {
    const plain = simplified[i];
    if (plain === undefined || plain === form) return;
    const known = pageForm.get(plain);
    if (!known || (counts.get(form) ?? 0) > (counts.get(known) ?? 0)) pageForm.set(plain, form);
  });
  return pageForm;
}

/** The page's forms are read on the first word asked for: most pages never insert one. */
export function inPageForms(pageText: string, toSimplified: (text: string) => string): (word: string) => string {
  let pageForm: Map<string, string> | undefined;
  return (word) => {
    pageForm ??= pageFormsOf(pageText, toSimplified);
    characterDefault ??= CustomConverter(simplifiedToTraditionalCharacters);
    const convert = characterDefault;
    const forms = pageForm;
    return [...word].map((ch) => forms.get(ch) ?? convert(ch)).join('');
  };
}
