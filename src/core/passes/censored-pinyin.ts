/**
 * Pass `censored-pinyin`: sites censor sensitive words by writing them in toneless pinyin,
 * `列shuji辦公會議` for 列書記辦公會議, `局党组shuji作为` for 局党组书记作为.
 *
 * A lowercase Latin run between Han characters that splits into pinyin syllables is
 * replaced by the characters with those readings that the character model likes best in
 * that context (a Viterbi search over bigrams, the neighbours included). When the best
 * reading does not win clearly the run is flagged and kept.
 */
import { replaceRecorded, type TextRepair } from '../draft';
import { clearWinner } from '../lm/clear-winner';
import { linePass, type Pass, type PassContext } from '../pass';
import { HAN, isHan } from '../text/han';
import { annotationFits } from '../text/pinyin';
import { charactersReading, isSyllable } from '../text/reading-index';

const NAME = 'censored-pinyin';
/** After a Han character; before one, or before the punctuation that follows a word (副shuji、县长). */
const LATIN_RUN = new RegExp(`(?<=${HAN})[a-z]{2,24}(?=${HAN}|[，。、；：！？”）,;:])`, 'gu');
const CANDIDATES_PER_SYLLABLE = 40;
/** Longest syllable: 'zhuang', 'chuang', 'shuang'. */
const MAX_SYLLABLE = 6;

function syllableSplits(run: string): string[][] {
  const splits: string[][] = [];
  const walk = (rest: string, sofar: string[]): void => {
    if (!rest) {
      splits.push(sofar);
      return;
    }
    for (let length = Math.min(MAX_SYLLABLE, rest.length); length >= 1; length--) {
      const syllable = rest.slice(0, length);
      if (isSyllable(syllable)) walk(rest.slice(length), [...sofar, syllable]);
    }
  };
  walk(run, []);
  return splits;
}

interface Reading {
  word: string;
  score: number;
}

function candidatesFor(syllable: string, context: PassContext): string[] {
  const simplified = new Set(charactersReading(syllable).map((ch) => context.toSimplified(ch)));
  return [...simplified]
    .filter((ch) => context.model.knows(ch) && annotationFits(ch, syllable))
    .sort((a, b) => context.model.unigramLog2(b) - context.model.unigramLog2(a))
    .slice(0, CANDIDATES_PER_SYLLABLE);
}

/** Best characters for the syllables between `left` and `right` (Simplified). */
function bestReading(syllables: string[], left: string, right: string, context: PassContext): Reading[] {
  const { model } = context;
  let paths: Reading[] = [{ word: left, score: 0 }];
  for (const syllable of syllables) {
    const next: Reading[] = [];
    for (const ch of candidatesFor(syllable, context)) {
      let best: Reading | undefined;
      for (const path of paths) {
        const score = path.score + model.transitionLog2(path.word.slice(-1), ch);
        if (!best || score > best.score) best = { word: path.word + ch, score };
      }
      if (best) next.push(best);
    }
    paths = next;
  }
  return paths
    .map((path) => ({
      word: path.word.slice(left.length),
      score: path.score + (right ? model.transitionLog2(path.word.slice(-1), right) : 0),
    }))
    .sort((a, b) => b.score - a.score);
}

export function restoreCensored(text: string, context: PassContext): TextRepair {
  const flags: string[] = [];
  const repair = replaceRecorded(text, LATIN_RUN, (match) => {
    const left = context.toSimplified(text[match.index - 1] ?? '');
    const next = text[match.index + match[0].length] ?? '';
    const right = isHan(next) ? context.toSimplified(next) : '';
    const readings = syllableSplits(match[0]).flatMap((syllables) => bestReading(syllables, left, right, context));
    const winner = clearWinner(readings);
    if (winner) return context.toPageScript(winner.word);
    flags.push(match[0]);
    return match[0];
  });
  return { ...repair, flags };
}

export const censoredPinyin: Pass = linePass(NAME, (_draft, context) => (text) => restoreCensored(text, context));
