import { describe, expect, it } from 'vitest';
import { textLines } from './text-lines';

describe('a text as lines', () => {
  it('reads a line break as one a hard wrap may have made, a blank line as a new paragraph, white space collapsed as a browser does', () => {
    const { title, lines } = textLines('  一、基本情况\r\n聽取了籌備情況的\n匯報,研究通過了。\n\n\n　　二是召開   會議。\n');
    expect(title).toBe('');
    expect(lines).toEqual([
      { text: '一、基本情况' },
      { text: '聽取了籌備情況的', afterNewline: true },
      { text: '匯報,研究通過了。', afterNewline: true },
      { text: '二是召開 會議。' },
    ]);
  });

  it('reads nothing as markup: code and entities stay text', () => {
    const text = '// 打印结果\n#include <stdio.h>\nint main() { return a < b && c > d; } &amp;';
    expect(textLines(text).lines.map((line) => line.text)).toEqual(['// 打印结果', '#include <stdio.h>', 'int main() { return a < b && c > d; } &amp;']);
  });

  it('keeps a Markdown file’s title, headings and fenced code, and nothing of it in a plain text', () => {
    const markdown = '# 工作总结\n\n## 一、主要做法\n正文。\n\n```\nfor i in 区间:\n    print(i)\n```\n后记';
    const { title, lines } = textLines(markdown, true);
    expect(title).toBe('工作总结');
    expect(lines).toEqual([
      { text: '一、主要做法', headingTag: 2 },
      { text: '正文。' },
      { text: 'for i in 区间:', preformatted: true, container: { kind: 'pre', pre: 1 } },
      { text: '    print(i)', preformatted: true, container: { kind: 'pre', pre: 1 } },
      { text: '后记' },
    ]);
    expect(textLines(markdown).lines[0]).toEqual({ text: '# 工作总结' });
  });
});
