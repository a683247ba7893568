/** The character model from its data, decoded once per data object: decoding takes a while. */
import { createCharModel, type CharModel, type CharModelData } from './char-model';

const decodedModels = new WeakMap<CharModelData, CharModel>();

export async function loadModel(modelData: Promise<CharModelData>): Promise<CharModel> {
  const data = await modelData;
  let model = decodedModels.get(data);
  if (!model) {
    model = createCharModel(data);
    decodedModels.set(data, model);
  }
  return model;
}

