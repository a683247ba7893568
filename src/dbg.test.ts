import { it } from 'vitest';
import { testContext } from './core/test-support';
it('d', () => {
  const c = testContext(); const m = c.model;
  for (const w of ['组书记作','组书籍作','列书记办','列书籍办', '组枢机作']) { let s=0; for (let i=1;i<w.length;i++) s+=m.transitionLog2(w[i-1],w[i]); console.log(w, s.toFixed(1), [...w].slice(1).map((ch,i)=>m.transitionLog2(w[i],ch).toFixed(1)).join(' ')); }
});
