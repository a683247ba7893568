import { describe, expect, it } from 'vitest';
import { removeAnnotations } from './pasted-readings';

describe('pasted readings', () => {
  it('drops the reading pasted after each annotated character', () => {
    const result = removeAnnotations('召開區(qū)委常委會議,充分發(fā)揮政協組織的優(yōu)勢');
    expect(result.text).toBe('召開區委常委會議,充分發揮政協組織的優勢');
    expect(result.edits).toEqual([
      { before: '區(qū)', after: '區' },
      { before: '發(fā)', after: '發' },
      { before: '優(yōu)', after: '優' },
    ]);
  });

  it('accepts a reading the context does not use (協調(diào))', () => {
    expect(removeAnnotations('協調(diào)關系').text).toBe('協調關系');
  });

  it('drops stacked toneless annotations', () => {
    expect(removeAnnotations('會(hui)(hui)議').text).toBe('會議');
  });

  it('keeps a parenthesis that is not the character’s reading', () => {
    expect(removeAnnotations('附件(a)和附件(b)').text).toBe('附件(a)和附件(b)');
    expect(removeAnnotations('認真(zhèn)').text).toBe('認真(zhèn)');
  });
});
