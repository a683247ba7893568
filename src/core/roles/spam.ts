/**
 * Keyword-stuffing lines that SEO spam puts above or below an article: many short phrases
 * joined by commas, underscores or bars, no sentence in them, and the vocabulary of porn
 * and gambling sites (`亚洲免费av电影一区二区三区,日韩爱爱视频,51精品视频一区二区三区,…`).
 * An ordinary list (a paper's authors, a poem's lines) has no such words; a single such word
 * in a sentence is text.
 */
import { lengthOf, SENTENCE_END } from './plain-line';

const PHRASE_SEPARATOR = /[,，_|｜、]+/;
const MIN_PHRASES = 4;
const MAX_PHRASE = 24;
/** The words of such lines: each common in spam, rare in an article's own lines. */
const SPAM_WORD = /av|无码|有码|国产|精品|一区|二区|三区|亚洲|欧美|日韩|久久|午夜|福利|在线观看|在线播放|免费观看|人妻|少妇|熟女|色综合|天天|夜夜|丁香|伊人|吃瓜|影院|毛片|三级|无遮挡|成人|爱爱|视频|导航|网址/gi;
const MIN_SPAM_WORDS = 3;
/** A short line of such words alone, run together (`www日本精品久久中文视频中文字幕第一页在线播放`). */
const MIN_RUN_TOGETHER_SPAM_WORDS = 4;
const MAX_RUN_TOGETHER = 80;

export function isKeywordSpam(plain: string): boolean {
  if (SENTENCE_END.test(plain.replace(/\s*\?$/, ''))) return false;
  const words = plain.match(SPAM_WORD)?.length ?? 0;
  if (words >= MIN_RUN_TOGETHER_SPAM_WORDS && lengthOf(plain) <= MAX_RUN_TOGETHER) return true;
  const phrases = plain.split(PHRASE_SEPARATOR).map((phrase) => phrase.trim()).filter(Boolean);
  if (phrases.length < MIN_PHRASES || phrases.some((phrase) => lengthOf(phrase) > MAX_PHRASE)) return false;
  return words >= MIN_SPAM_WORDS;
}
