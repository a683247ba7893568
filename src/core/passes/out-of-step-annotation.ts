/**
 * Pass `out-of-step-annotation`: GBK bytes read out of step. The annotator searched bytes,
 * so a code also matched across a character boundary, and the decoder then ate the
 * annotation's `(`; elsewhere a broken lead byte left the rest of a sentence read one
 * byte off:
 *
 *   認真?zhèn)鬟_  is  認真傳達   (真=d5e6 傳=82f7: e6 82 read as 鎮 zhèn; `82 (` became `?`)
 *   ?;鶎狱h組織   is  。基層黨組織 (a1 broke off; `；` = a3 bb was read from 。 and 基)
 *
 * A lead byte can also eat the `<` of a tag, which then leaks into the text:
 *
 *   危言聳聽?!?/p>  is  危言聳聽。”   (” = a1 b1; b1 + `<` became `?`, `/p>` was left)
 *
 * The remnant is markup, never text: it goes, and its `?` is re-read with the rest. A `?`
 * right after a space is a character GBK cannot encode beside it (another space: `【摘 ?要】`
 * is `【摘 要】`): it goes too.
 * Each span around such `?` markers is re-read in byte space (see text/byte-resync.ts);
 * a span is repaired only when one reading wins clearly, else it is flagged and kept.
 */
import { replaceRecorded, type TextRepair } from '../draft';
import { linePass, type Pass, type PassContext } from '../pass';
import { resyncSpan } from '../text/byte-resync';
import { findSpans } from '../text/decoder-markers';
import { differingMiddle } from '../text/differing-middle';

const NAME = 'out-of-step-annotation';

/** What is left of a tag whose `<` a lead byte ate: `?/p>`, `?/span>`, `?br />`. */
const TAG_REMNANT = /(?<=\?)\/?(?:p|span|div|font|a|b|strong|em|i|u|br|td|tr|li|h[1-6])(?:\s*\/)?>/g;

/** `?` for a space GBK cannot encode, between a space and Chinese. */
const UNENCODABLE_SPACE = /(?<=[ \u00a0])\?(?=\p{Script=Han})/gu;

export function repairOutOfStep(text: string, context: PassContext): TextRepair {
  const tags = replaceRecorded(text, TAG_REMNANT, () => '');
  const spaces = replaceRecorded(tags.text, UNENCODABLE_SPACE, () => '');
  const remnants = { text: spaces.text, edits: [...tags.edits, ...spaces.edits] };
  let repaired = remnants.text;
  const edits: TextRepair['edits'] = [...remnants.edits];
  const flags: string[] = [];
  for (const span of findSpans(remnants.text).reverse()) {
    const outcome = resyncSpan(repaired, span, context);
    if (outcome.kind === 'flagged') flags.unshift(outcome.text);
    if (outcome.kind !== 'repaired') continue;
    const at = repaired.lastIndexOf(outcome.before, span.end);
    repaired = repaired.slice(0, at) + outcome.after + repaired.slice(at + outcome.before.length);
    edits.splice(remnants.edits.length, 0, differingMiddle(outcome.before, outcome.after));
  }
  return { text: repaired, edits, flags };
}

export const outOfStepAnnotation: Pass = linePass(NAME, (_draft, context) => (text) => repairOutOfStep(text, context), { title: true });
