/**
 * A text file's bytes as text (decode-text.ts), the GBK–Big5 question answered by the
 * character model: the reading whose Simplified form the model finds likelier reads as
 * Chinese. The model loads only for bytes that are neither UTF-8 nor UTF-16.
 */
import { loadModel } from '../lm/load-model';
import { logLikelihood } from '../lm/score';
import type { Resources } from '../resources';
import { toSimplified } from '../script';
import { decodeText, type DecodedText } from './decode-text';

export async function readText(bytes: Uint8Array, resources: Pick<Resources, 'charModel'>): Promise<DecodedText> {
  const plain = decodeText(bytes, undefined);
  if (plain) return plain;
  const model = await loadModel(resources.charModel());
  return decodeText(bytes, (text) => logLikelihood(toSimplified(text), model)) as DecodedText;
}
