import { describe, expect, it } from 'vitest';
import { pageAccess } from './page-access';

describe('what Qingyue can do on a tab', () => {
  it('cleans web pages', () => {
    expect(pageAccess('https://www.example.cn/a/1.html')).toBe('web');
    expect(pageAccess('http://127.0.0.1:8080/x')).toBe('web');
  });

  it('needs file access for saved pages', () => {
    expect(pageAccess('file:///home/me/文章.html')).toBe('file');
  });

  it('cannot clean blank tabs, browser and extension pages, or an unknown tab', () => {
    for (const url of ['about:blank', 'chrome://newtab/', 'chrome-extension://abc/popup.html', 'view-source:https://a.cn/', 'data:text/html,x', 'edge://settings', undefined]) {
      expect(pageAccess(url), String(url)).toBe('none');
    }
  });
});
