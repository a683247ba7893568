/**
 * Every line of an article's container judged for its role: the article's own, or the
 * site's chrome of some kind, from general evidence, on a page's lines and a text's alike.
 *
 * The line's own form decides (spam.ts, navigation.ts, meta-row.ts, site-prompts.ts), with
 * its place: before the article's first line of prose and after its last, a line that is
 * only a menu's word, a tab's label, a file's name or a profile's field is the site's; in
 * the body it is the article's. After a related-articles head at the end, the titles that
 * follow are its list. Before the prose, a section a breadcrumb named, alone on its line, is
 * the section's label. At the edges, an element's name (`<ul class="related">`, `<nav>`)
 * makes a short line without a sentence the list or the menu it says it is. When in doubt, keep: a numbered heading, a line of prose, a line in
 * a table or `<pre>`, a line without Chinese on a page not recognised (Readability's choice
 * is the judgement there) is always the article's, and a line nothing matches stays.
 */
import { isKeywordSpam } from './spam';
import { crumbsOf, isLabelledBreadcrumb, isNavigation, isNavigationWord } from './navigation';
import { isEdgeMetaRow, isMetaRow } from './meta-row';
import { edgePromptRole, isDatedTitle, promptRole } from './site-prompts';
import { lengthOf, plainLine, SENTENCE_END } from './plain-line';
import { runSteps } from '../slices';
import { numberingStyle } from '../text/numbering';

import type { ChromeRole, DroppedRole } from '../model';

export type { ChromeRole, DroppedRole };

export interface JudgedLine {
  text: string;
  /** What the small element the line sits in calls itself (element-hints.ts). */
  hint?: ChromeRole;
  /** Inside a table or `<pre>`: data and code, never judged. */
  verbatim?: boolean;
}

export interface PageFacts {
  title: string;
  siteNames: readonly string[];
  /** The page was recognised as damaged: a line of the decoder's `?` alone is an emptied paragraph there. */
  recognised: boolean;
}

/** Longer lines are prose, or spam: nothing else is judged. */
const MAX_JUDGED = 300;
/** A line of prose: a sentence this long, or a longer run of clauses. */
const MIN_PROSE = 20;
const MIN_CLAUSED_PROSE = 60;
const CLAUSES = /[，,；;]/g;
/** A hinted line, or a title in a related list, is this short, and no sentence. */
const MAX_LISTED = 40;
/** The hints a line's element can give it on its own: a list of links reads the same as a list of anything else. */
const LIST_HINTS = new Set(['related', 'navigation']);
/** The title can only be said again among the first lines. */
const TITLE_REPEAT_WINDOW = 3;
const HAN = /\p{Script=Han}/u;
const withoutMarks = (text: string): string => text.replace(/[\p{P}\p{S}\s]/gu, '');

function isProse(plain: string): boolean {
  const length = lengthOf(plain);
  return (length >= MIN_PROSE && SENTENCE_END.test(plain)) || (length >= MIN_CLAUSED_PROSE && (plain.match(CLAUSES)?.length ?? 0) >= 2);
}

/** The role of a line by its own form, wherever it stands. */
function ownRole(plain: string): ChromeRole | undefined {
  if (isKeywordSpam(plain)) return 'spam';
  if (isMetaRow(plain)) return 'meta';
  return promptRole(plain);
}

/** Evidence that is the site's only at the article's edges. */
function edgeRole(plain: string): ChromeRole | undefined {
  if (isNavigation(plain) || isNavigationWord(plain)) return 'navigation';
  if (isEdgeMetaRow(plain)) return 'meta';
  return edgePromptRole(plain);
}

/**
 * A site's summary of the article: among its first lines, prose said again in the lines that
 * follow. A title said again is no summary, and a 导语 is the article's lead, kept as in real2.
 */
const SUMMARY_WINDOW = 5;
const SUMMARY_LOOKAHEAD = 4;
const MIN_SUMMARY = 40;
const SUMMARY_CHUNK = 10;
const SUMMARY_SHARE = 0.7;

const CLAUSE_OR_STOP = /[，,。]/;

/**
 * Whether line `i` says again what the lines after it say (`[摘要]西安高新区将于今年秋季开学投用
 * 13所新建中学…` before the paragraph that holds it): most of its pieces of ten characters are
 * in them, whatever damage one copy took that the other did not.
 */
function repeatsWhatFollows(plains: readonly (string | undefined)[], keys: readonly string[], i: number): boolean {
  const own = keys[i]?.replace(/^(?:摘要|简介|导读|内容提要|本文简介)/, '') ?? '';
  if (i >= SUMMARY_WINDOW || own.length < MIN_SUMMARY || !CLAUSE_OR_STOP.test(plains[i] ?? '') || /^导语/.test(own)) return false;
  const following = keys.slice(i + 1, i + 1 + SUMMARY_LOOKAHEAD).join('');
  const chunks: string[] = [];
  for (let at = 0; at + SUMMARY_CHUNK <= own.length; at += SUMMARY_CHUNK) chunks.push(own.slice(at, at + SUMMARY_CHUNK));
  return chunks.filter((chunk) => following.includes(chunk)).length >= chunks.length * SUMMARY_SHARE;
}

/** What the decoder left of a line it could not read at all (`?`), on a recognised page. */
const DECODER_LINE = /^\?+$/;

/** How many lines are read between two yields: a huge page has hundreds of thousands. */
const LINES_PER_STEP = 500;

export function judgeLines(lines: readonly JudgedLine[], names: PageFacts): (DroppedRole | undefined)[] {
  return runSteps(judgeLinesSteps(lines, names));
}

/** `judgeLines` in steps, for a page cleaned in slices. */
export function* judgeLinesSteps(lines: readonly JudgedLine[], names: PageFacts): Generator<void, (DroppedRole | undefined)[]> {
  // On a page not recognised, a line without Chinese is left to Readability's judgement.
  const judged = (line: JudgedLine): boolean => !line.verbatim && line.text.length <= MAX_JUDGED && (names.recognised || HAN.test(line.text));
  const plains: (string | undefined)[] = [];
  for (const [i, line] of lines.entries()) {
    if (i % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    plains.push(judged(line) ? plainLine(line.text) : undefined);
  }
  const keys = plains.map((plain) => withoutMarks(plain ?? ''));
  const own: (ChromeRole | undefined)[] = [];
  for (const [i, plain] of plains.entries()) {
    if (i % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    own.push(plain === undefined ? undefined : (ownRole(plain) ?? (repeatsWhatFollows(plains, keys, i) ? 'meta' : undefined)));
  }
  const prose = lines.map((line, i) => !own[i] && (line.text.length > MAX_JUDGED || (plains[i] !== undefined && isProse(plains[i] ?? ''))));
  const firstProse = prose.indexOf(true);
  const lastProse = prose.lastIndexOf(true);
  const title = withoutMarks(plainLine(names.title));
  const siteNames = new Set(names.siteNames.map((name) => plainLine(name)));
  let afterRelatedHead = false;
  let kept = 0;
  /** The sections a breadcrumb before the article named: one alone on its line is the section's label (`读书名言`). */
  const crumbs = new Set<string>();
  yield;
  return lines.map((line, i) => {
    if (names.recognised && DECODER_LINE.test(line.text.trim())) return 'template';
    const plain = plains[i];
    if (plain === undefined || (!own[i] && (prose[i] || numberingStyle(plain)))) {
      kept++;
      return undefined;
    }
    const atEdge = firstProse < 0 || i < firstProse || i > lastProse;
    let role: DroppedRole | undefined;
    if (kept < TITLE_REPEAT_WINDOW && title !== '' && withoutMarks(plain) === title) role = 'title';
    else if (siteNames.has(plain)) role = 'watermark';
    else role = own[i] ?? (atEdge ? edgeRole(plain) : isLabelledBreadcrumb(plain) ? 'navigation' : undefined);
    if (role === 'navigation' && i < firstProse) for (const crumb of crumbsOf(plain)) crumbs.add(withoutMarks(crumb));
    else if (!role && i < firstProse && crumbs.has(withoutMarks(plain))) role = 'navigation';
    const listed = atEdge && lengthOf(plain) <= MAX_LISTED && !SENTENCE_END.test(plain);
    if (!role && afterRelatedHead && (isDatedTitle(plain) || listed)) role = 'related';
    if (!role && listed && line.hint && LIST_HINTS.has(line.hint)) role = line.hint;
    if (role === 'related' && i > lastProse) afterRelatedHead = true;
    if (!role) kept++;
    return role;
  });
}
