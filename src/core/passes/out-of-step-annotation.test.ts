import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testContext } from '../../../tests/support/test-context';
import { pageVocabulary } from '../lm/page-pairs';
import type { PassContext } from '../pass';
import { runSteps } from '../slices';
import { repairOutOfStep } from './out-of-step-annotation';

const repair = (text: string) => repairOutOfStep(text, testContext());

/** The scoring context of a real page: its own words are evidence (tests/fixtures/…/NAME.source.txt). */
function onPage(source: string): PassContext {
  const context = testContext();
  const vocabulary = runSteps(pageVocabulary(readFileSync(new URL(`../../../tests/fixtures/${source}`, import.meta.url), 'utf8'), context.model, context.toSimplified));
  return { ...context, pagePairs: vocabulary.pairs, pageCharacters: vocabulary.characters };
}

describe('out-of-step-annotation', () => {
  it('restores the seed’s 認真?zhèn)鬟_ in byte space', () => {
    const result = repair('區委於23日就召開專題常委會議,認真?zhèn)鬟_全市政協工作會議精神,確定於4月上旬');
    expect(result.text).toBe('區委於23日就召開專題常委會議,認真傳達全市政協工作會議精神,確定於4月上旬');
    expect(result.edits).toEqual([{ before: '?zhèn)鬟_', after: '傳達' }]);
    expect(result.flags).toEqual([]);
  });

  it('restores two sites with text read out of step between them (real page)', () => {
    expect(repair('咨詢?nèi)绾纬蔀榇河鹱髡哒?qǐng)聯(lián)系').text).toBe('咨詢如何成為春羽作者請聯(lián)系');
    expect(repair('當(dāng)他們?cè)噲D設(shè)計(jì)').text).toBe('當(dāng)他們試圖設(shè)計(jì)');
  });

  it('flags 能夠?qū)?dòng)態 without its page: 將動態 and 對動態 both read well', () => {
    const result = repair('我們能夠?qū)?dòng)態監測數據及時上報');
    expect(result.text).toBe('我們能夠?qū)?dòng)態監測數據及時上報');
    expect(result.flags).toHaveLength(1);
  });

  it('drops the remnant of a tag whose < a lead byte ate, and re-reads the ? (real page)', () => {
    const result = repair('那我們黨遲早會失去執政黨資格。這決不是危言聳聽?!?/p>');
    expect(result.text).toBe('那我們黨遲早會失去執政黨資格。這決不是危言聳聽。”');
    expect(result.edits[0]).toEqual({ before: '/p>', after: '' });
  });

  it('drops a ? that stood for a space GBK cannot encode (real page)', () => {
    expect(repair('【摘 ?要】基于2017年').text).toBe('【摘 要】基于2017年');
  });

  it('restores 發展?fàn)顩r from a real page', () => {
    expect(repair('全區經濟發展?fàn)顩r良好').text).toBe('全區經濟發展狀況良好');
  });

  it('reads on after the last mark to the ASCII byte where the decoder fell back in step, a pair vanished on the way (real page)', () => {
    // 離 = eb 78: its trail is the x; ab c0, between the bytes of 公里, had no character and vanished.
    const result = repairOutOfStep('一對青年男女因?yàn)橐还锏木嚯x而不能在一起', onPage('real3/t03.source.txt'));
    expect(result.text).toBe('一對青年男女因為一公里的距離而不能在一起');
  });

  it('takes no reading only likelier for being shorter, dropping a character or a mark the bytes account for (real pages)', () => {
    // 因為她的性格 (fd b5 vanished) reads as 因為四性格 across the gap; 分攤,從而 (82 ate the comma) as 分數從而.
    for (const [text, page] of [['朋友,因?yàn)樗男愿癖容^獨(dú)特,所以', 'real2/s17.source.txt'], ['記錄、歸集和分?jǐn)?從而計(jì)算出', 'real2/s06.source.txt']] as const) {
      const result = repairOutOfStep(text, onPage(page));
      expect(result.text, text).toBe(text);
      expect(result.flags, text).toHaveLength(1);
    }
  });

  it('reads the character a run ends on as the annotation after it says, and a pair vanished before it (real page)', () => {
    // 社會發展: fe b0, between 會 and 發, vanished; the l is 發's trail, and (fā) fits only 發.
    const result = repairOutOfStep('成為以“人民幸?!睘楹诵牡纳鐣l(fā)展目標(biāo)的', onPage('real2/s23.source.txt'));
    expect(result.text).toBe('成為以“人民幸福”為核心的社會發(fā)展目標(biāo)的');
  });

  it('takes readings that differ only in script for one reading (real page)', () => {
    // A pair vanished between 曾 and 經: 經 and 经 both end the bytes, and tie.
    const result = repairOutOfStep('是值得的,因?yàn)樗齻冊?jīng)快樂過。', onPage('real2/s18.source.txt'));
    expect(result.text).toMatch(/^是值得的,因為她們曾[經经]快樂過。$/);
  });

  it('credits a longer reading only with characters the page writes in its own script (real page)', () => {
    // 為过程相的 would be as likely as 為固相的 if its 过 counted, but this page writes 過.
    const result = repairOutOfStep('成從液相轉變?yōu)楣滔嗟南嘧冞^程,最', onPage('real2/s20.source.txt'));
    expect(result.text).toBe('成從液相轉變為固相的相變過程,最');
  });

  it('takes no full-width letter for a comma and the character after it (real page)', () => {
    const result = repair('一切感到釋然,因?yàn)椋门c壞,美與丑');
    expect(result.text).not.toContain('Ｃ');
  });

  it('takes no full-width digit for a comma and the character after it (real page)', () => {
    // ，你 = a3 ac c4 e3: read across, a3 b8 is ８ (总有一天８性我为荣).
    const result = repairOutOfStep('無二的那一個??傆幸惶欤感晕覟闃s,就', onPage('real3/t14.source.txt'));
    expect(result.text).not.toMatch(/[０-９]/);
  });

  it('re-reads a bare ? only where the text after it is read out of step (real pages)', () => {
    // A ? in a name, prose on both sides: a character GBK cannot encode, as it stands.
    expect(repair('圖註：巴茲?奧爾德林(Buzz Aldrin)在月球上')).toEqual({ text: '圖註：巴茲?奧爾德林(Buzz Aldrin)在月球上', edits: [], flags: [] });
    // A broken 。 whose run reads a word or two of prose (闹醒) is still re-read.
    expect(repair('以上率下?!皬闹醒胝尉肿銎稹?,是十八大以來黨的作風建設').text).toBe('以上率下。“從中央政治局做起”,是十八大以來黨的作風建設');
  });

  it('flags a site it cannot resolve instead of guessing', () => {
    const result = repair('認真?zhèn)');
    expect(result.text).toBe('認真?zhèn)');
    expect(result.flags).toHaveLength(1);
  });

  it('leaves text without sites alone', () => {
    expect(repair('一是召開區委常委會議傳達會議精神。')).toEqual({ text: '一是召開區委常委會議傳達會議精神。', edits: [], flags: [] });
  });
});

describe('out-of-step-annotation: sync lost after 。', () => {
  it('re-reads a sentence read one byte off after a broken lead byte', () => {
    expect(repair('加強基層建設?;鶎狱h組織是黨的全部工作和戰鬥力的基礎').text).toBe('加強基層建設。基層黨組織是黨的全部工作和戰鬥力的基礎');
    expect(repair('構建人類命運共同體??梢哉f，這是歷史的選擇').text).toBe('構建人類命運共同體。可以說，這是歷史的選擇');
  });

  it('reads ASCII letters in the span as flattened full-width pairs (Ｔ = a3 d4)', () => {
    expect(repair('空談誤國，實幹興邦?T谌魏螘r候，實幹都是底色').text).toBe('空談誤國，實幹興邦。在任何時候，實幹都是底色');
  });

  it('leaves a real question mark alone', () => {
    expect(repair('黨委想什么?政協議什么')).toEqual({ text: '黨委想什么?政協議什么', edits: [], flags: [] });
  });
});

describe('out-of-step-annotation: a paragraph’s last full stop', () => {
  it('reads ?? at the end of a paragraph as the 。 it was', () => {
    expect(repair('我講三個方面的認識和體會，與同志們共勉??').text).toBe('我講三個方面的認識和體會，與同志們共勉。');
  });
});
