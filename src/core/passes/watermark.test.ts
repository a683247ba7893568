import { describe, expect, it } from 'vitest';
import { newDraft } from '../draft';
import { watermark } from './watermark';

const clean = (line: string, siteNames: string[] = ['新文秘網']) => {
  const draft = watermark.run(newDraft('', siteNames, [line]));
  const unit = draft.units[0];
  return { text: unit?.kind === 'line' ? unit.text : '', changes: draft.changes };
};

describe('watermark', () => {
  it('removes the site name dropped into a sentence', () => {
    const result = clean('怕擔責任、怕得罪人;新文秘網有的在');
    expect(result.text).toBe('怕擔責任、怕得罪人;有的在');
    expect(result.changes).toEqual([{ pass: 'watermark', before: '新文秘網', after: '', at: 0 }]);
  });

  it('removes addresses run together before Chinese text, each now next to it', () => {
    expect(clean('http://jey722.cnhttp://jey722.cn一', []).text).toBe('一');
  });

  it('removes a site address inside Chinese text', () => {
    expect(clean('統一部署www.gwfw8.com開展工作', []).text).toBe('統一部署開展工作');
    expect(clean('網址http://jey722.cn/a/1.html。', []).text).toBe('網址。');
  });

  it('takes the brackets that held only the watermark with it', () => {
    expect(clean('在全區政協工作會議上的講話（新文秘網）').text).toBe('在全區政協工作會議上的講話');
    expect(clean('統一部署(www.gwfw8.com)開展工作', []).text).toBe('統一部署開展工作');
    expect(clean('統一部署（見附件）開展工作').text).toBe('統一部署（見附件）開展工作');
  });

  it('keeps addresses in Latin text', () => {
    expect(clean('Visit example.com for more', []).text).toBe('Visit example.com for more');
    expect(clean('example.com is a reserved name', []).text).toBe('example.com is a reserved name');
  });
});
