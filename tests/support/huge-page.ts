/**
 * A huge damaged target page made from the source page: its article's visible lines (not
 * the outline, not the tail notice) repeated until the text reaches the size asked for,
 * each line its own `<p>` as long articles are laid out. For the huge-page test.
 */
const CONTENT = /(<div id="content" class="content">)([\s\S]*?)(<\/div>)/;

export function hugeTargetPage(seedHtml: string, textBytes: number): { html: string; textBytes: number } {
  const content = CONTENT.exec(seedHtml)?.[2];
  if (content === undefined) throw new Error('the source page has no #content block');
  const visible = content.split('……(未完')[0] ?? '';
  const lines = visible
    .split(/<br\s*\/?>/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('目錄'));
  const bodyLines = lines.slice(lines.findIndex((line) => line.length > 60));
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < textBytes; i++) {
    const line = bodyLines[i % bodyLines.length] ?? '';
    paragraphs.push(`<p>${line}</p>`);
    size += Buffer.byteLength(line);
  }
  const tail = '<p>……(未完,全文共99999字,當前僅顯示9999字,請閱讀下面提示信息。)</p>';
  return { html: seedHtml.replace(CONTENT, (_match, open: string, _body: string, close: string) => `${open}\n${paragraphs.join('\n')}\n${tail}\n${close}`), textBytes: size };
}
