/**
 * What the CLI was given, and its cleaning: a saved page, or a text (a `.txt` in any of the
 * encodings such files come in, or a `.md`). A file says which by its name; standard input
 * and other names are read as text unless they begin like HTML; `--as` overrides both.
 */
import { bundledResources } from '../core/bundled-resources';
import { cleanInScript, cleanText, detectAtLoad, detectText, markupStyleOf, readText, type CleanDocument, type Detection, type Script, toScript, UndecodableTextError } from '../core';
import { decodePage, parsePage, UnreadablePageError } from './load-page';

export type InputForm = 'html' | 'text' | 'markdown';

const PAGE_NAME = /\.(?:html?|xhtml|shtml)$/i;
const TEXT_NAME = /\.(?:txt|text)$/i;
const MARKDOWN_NAME = /\.(?:md|markdown)$/i;
/** What an HTML document begins with, after a byte order mark and white space. */
const HTML_START = /^(?:\uFEFF)?\s*<(?:!doctype\s+html|html[\s>]|\?xml[^>]*>\s*<(?:!doctype\s+html|html[\s>]))/i;

/** The file names a directory stands for: pages and texts. */
export const INPUT_NAME = /\.(?:html?|xhtml|shtml|txt|text|md|markdown)$/i;

function beginsLikeHtml(bytes: Uint8Array): boolean {
  const head = bytes[0] === 0xff || bytes[0] === 0xfe ? new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, 512)) : Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  return HTML_START.test(head);
}

export function inputForm(file: string, bytes: Uint8Array, as: 'html' | 'text' | undefined): InputForm {
  const markdown = MARKDOWN_NAME.test(file);
  if (as === 'text') return markdown ? 'markdown' : 'text';
  if (as === 'html' || PAGE_NAME.test(file)) return 'html';
  if (markdown) return 'markdown';
  if (TEXT_NAME.test(file)) return 'text';
  return beginsLikeHtml(bytes) ? 'html' : 'text';
}

/** A saved page's relative addresses (its pictures') are read against where it was served from, as a browser reads them. */
function addressedAt(document: Document, url: string): void {
  if (document.querySelector('base[href]') || !document.head) return;
  const base = document.createElement('base');
  base.setAttribute('href', url);
  document.head.prepend(base);
}

export async function cleanFile(bytes: Uint8Array, script: Script, url?: string): Promise<CleanDocument> {
  const document = parsePage(decodePage(bytes));
  if (url) addressedAt(document, url);
  return cleanInScript(document, markupStyleOf(document), bundledResources, { script }, { url });
}

export interface CleanedInput {
  document: CleanDocument;
  /** Whether the input held any text at all: a document without any from one with text has lost it. */
  hadText: boolean;
  /** What the reader should know of how it was read (an encoding that nearly won). */
  notes: string[];
}

/** Cleans one input in its form; throws UnreadablePageError with the reason when it cannot be read. */
export async function cleanInput(bytes: Uint8Array, form: InputForm, script: Script, url?: string): Promise<CleanedInput> {
  if (form === 'html') {
    const document = await cleanFile(bytes, script, url);
    const hadText = (parsePage(decodePage(bytes)).body?.textContent ?? '').trim() !== '';
    return { document, hadText, notes: [] };
  }
  try {
    const decoded = await readText(bytes, bundledResources);
    const notes = decoded.nearTie ? [`read as ${decoded.encoding.toUpperCase()}; ${decoded.nearTie.toUpperCase()} reads almost as well`] : [];
    const document = await toScript(await cleanText(decoded.text, bundledResources, { markdown: form === 'markdown', url }), script, bundledResources);
    return { document, hadText: decoded.text.trim() !== '', notes };
  } catch (error) {
    if (error instanceof UndecodableTextError) throw new UnreadablePageError(error.message);
    throw error;
  }
}

/** The detector's verdict, on a page as the extension reads it at load, on a text as it stands. */
export async function detectInput(bytes: Uint8Array, form: InputForm): Promise<Detection> {
  if (form === 'html') return detectAtLoad(parsePage(decodePage(bytes)));
  try {
    return detectText((await readText(bytes, bundledResources)).text);
  } catch (error) {
    if (error instanceof UndecodableTextError) throw new UnreadablePageError(error.message);
    throw error;
  }
}
