/** Saving the clean text as a file from the reader: plain text, Markdown or Word. */

export const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Bytes as base64, a slice at a time: spreading a whole file into `String.fromCharCode` overflows the stack. */
function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** Saves text or bytes as a file through a link with `download`; a data: URL leaves nothing to revoke. */
export function saveFile(root: ShadowRoot, name: string, content: string | Uint8Array, type: string): void {
  const link = root.ownerDocument.createElement('a');
  link.href = typeof content === 'string' ? `data:${type},${encodeURIComponent(content)}` : `data:${type};base64,${base64Of(content)}`;
  link.download = name;
  root.append(link);
  link.click();
  link.remove();
}

/** The article's title as a file name every system accepts. */
export function fileName(title: string, extension: string): string {
  return `${(title || '清阅').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80)}.${extension}`;
}
