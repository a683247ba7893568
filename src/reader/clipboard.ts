/**
 * Copies text for the reader. The asynchronous clipboard needs the page focused and, on
 * some pages, a permission; where it refuses, a selected textarea and `copy` still work.
 */
export async function copyToClipboard(text: string, fallbackRoot: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = fallbackRoot.ownerDocument.createElement('textarea');
    area.value = text;
    fallbackRoot.append(area);
    area.select();
    const copied = fallbackRoot.ownerDocument.execCommand('copy');
    area.remove();
    return copied;
  }
}
