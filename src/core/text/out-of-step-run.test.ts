import { describe, expect, it } from 'vitest';
import { testContext } from '../../../tests/support/test-context';
import { outOfStepRun, readsInStep } from './out-of-step-run';

const after = (text: string) => outOfStepRun(text, text.indexOf('?') + 1, testContext());

describe('the run after a mark', () => {
  it('goes on to the ASCII byte where the decoder fell back in step', () => {
    expect(after('因?yàn)橐还锏木嚯x而不能')).toEqual({ run: 0, inStep: false });
    expect(after('一對青年男女因?橐还锏木嚯x而不能')).toEqual({ run: 5, inStep: false });
  });

  it('goes through the flattened mark a broken 。 leaves right after a bare ?', () => {
    expect(after('表達?;仡欀袊伯a(chǎn)').run).toBe(5);
  });

  it('reads in step where prose follows, and only where Han follows at once', () => {
    expect(after('巴兹?奥尔德林(Buzz')).toEqual({ run: 4, inStep: true });
    expect(after('召開?h委副書記陳光良主持').inStep).toBe(false);
    expect(after('以上率下?!皬闹醒胝尉').inStep).toBe(false);
  });

  it('tells prose from a misread run by the model', () => {
    expect(readsInStep('言人斯蒂芬妮', testContext())).toBe(true);
    expect(readsInStep('樗男愿癖容', testContext())).toBe(false);
  });
});
