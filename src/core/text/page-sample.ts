/**
 * How much of a page's text its page-wide statistics read. A page shows what it is long
 * before its end, and reading a 5 MB page to its end for each statistic would block its
 * tab for a quarter of a second at a time.
 *
 * Imports nothing: the detector, which runs on every page, uses it too.
 */

/** For what a page is written in: its share of kana. */
export const SCRIPT_SAMPLE_CHARS = 20_000;

/** For what a page writes: the pattern of its annotations, its own word pairs, its character forms. */
export const PATTERN_SAMPLE_CHARS = 50_000;
