import { describe, expect, it } from 'vitest';
import { bundledResources } from './bundled-resources';
import { loadToTraditional, pageScript, toSimplified } from './script';
import { toScript } from './to-script';

describe('script conversion', () => {
  it('converts the seed title to Simplified', () => {
    expect(toSimplified('三區政協主席秘書長聯席會交流材料')).toBe('三区政协主席秘书长联席会交流材料');
  });

  it('converts Simplified to Traditional on demand, with regional standards', async () => {
    expect((await loadToTraditional(bundledResources, 't'))('认真传达会议精神')).toBe('認真傳達會議精神');
    expect((await loadToTraditional(bundledResources, 'tw'))('里面')).toBe('裡面');
  });

  it('tells a Traditional page from a Simplified one', () => {
    expect(pageScript('近幾年來，漢南區政協在區委的領導下，認真貫徹黨中央')).toBe('traditional');
    expect(pageScript('近几年来，汉南区政协在区委的领导下，认真贯彻党中央')).toBe('simplified');
    expect(pageScript('Plain English text.')).toBe('simplified');
  });
});

describe('documents in another script', () => {
  const traditional = {
    detected: true, title: '匯報', script: 'traditional' as const, outline: [], changes: [], flags: [],
    blocks: [{ kind: 'paragraph' as const, text: '籌備情況的匯報' }],
  };

  it('keeps a Traditional page as it is in the general standard, and reaches 台湾 through Simplified', async () => {
    expect(await toScript(traditional, 'traditional', bundledResources, 't')).toBe(traditional);
    expect((await toScript(traditional, 'traditional', bundledResources, 'tw')).blocks).toEqual([{ kind: 'paragraph', text: '籌備情況的彙報' }]);
    expect((await toScript(traditional, 'simplified', bundledResources)).blocks).toEqual([{ kind: 'paragraph', text: '筹备情况的汇报' }]);
  });
});
