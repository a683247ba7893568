/**
 * Pass `em-dash`: a page written in cp1252 had its em dash as byte 97; two of them, read as
 * GBK, are one character, 棗 (97 97): `新擔當棗專題黨課講稿` is `新擔當——專題黨課講稿`.
 * 棗 (and its Simplified 枣) is a real word, the jujube, so it is replaced only where the
 * character model reads —— clearly better in its context (红枣, 枣树 stay).
 */
import { replaceRecorded, type TextRepair } from '../draft';
import { clearWinner } from '../lm/clear-winner';
import { logLikelihood } from '../lm/score';
import { linePass, type Pass, type PassContext } from '../pass';

const NAME = 'em-dash';
const MISREAD_DASHES = /[棗枣]/g;
const CONTEXT = 4;
/** Over 棗 as it stands: a real word, so a bit more than the usual margin. */
const OVER_THE_WORD_BITS = 4;

export function restoreDashes(text: string, context: PassContext): TextRepair {
  return replaceRecorded(text, MISREAD_DASHES, (match) => {
    const before = text.slice(Math.max(0, match.index - CONTEXT), match.index);
    const after = text.slice(match.index + 1, match.index + 1 + CONTEXT);
    const score = (middle: string): number => logLikelihood(context.toSimplified(before + middle + after), context.model);
    const dashes = { text: '——', score: score('——') };
    return clearWinner([dashes], { score: score(match[0]), by: OVER_THE_WORD_BITS })?.text ?? match[0];
  });
}

export const emDash: Pass = linePass(NAME, (_draft, context) => (text) => restoreDashes(text, context), { title: true });
