/**
 * `qingyue`: the same cleaning as the extension, on saved pages and on texts.
 *
 *   qingyue clean FILE|DIR... [--as text|html] [--format json|text|markdown|docx] [--script simplified|traditional] [--url URL] [-o FILE | --out-dir DIR]
 *   qingyue detect FILE|DIR... [--as text|html]
 *
 * FILE may be `-` (or absent) for standard input; a directory stands for every page
 * (.html, .htm) and text (.txt, .md) under it. A text is read in whichever encoding it is in
 * (load-input.ts). With several inputs, JSON comes out as JSON Lines with the file name, and
 * text or Markdown with a `==> FILE <==` line before each. `-o` writes one to a file,
 * `--out-dir` each to a file named after it; a Word document always goes to one. An input
 * that holds text and gives none is an error, never an empty success.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { type CleanDocument, type Script, toMarkdown, toText } from '../core';
import { toWordDocument } from '../core/word-document';
import { cleanInput, detectInput, INPUT_NAME, inputForm } from './load-input';
import { UnreadablePageError } from './load-page';

export { cleanFile } from './load-input';

const USAGE = `usage: qingyue clean FILE|DIR... [--as text|html] [--format json|text|markdown|docx] [--script simplified|traditional] [--url URL] [-o FILE | --out-dir DIR]
       qingyue detect FILE|DIR... [--as text|html]
FILE may be - for standard input; a directory means every .html, .htm, .txt and .md file under it.
A .txt or .md file is text (UTF-8, UTF-16, GB18030/GBK or Big5); standard input is text unless it begins like HTML.`;
/** A progress line on stderr at most this often, and only once a run takes this long. */
const PROGRESS_INTERVAL_MS = 1000;

const FORMATS = ['json', 'text', 'markdown', 'docx'] as const;
type Format = (typeof FORMATS)[number];
const EXTENSIONS: Record<Format, string> = { json: '.json', text: '.txt', markdown: '.md', docx: '.docx' };

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  /** Whether stderr is a terminal: progress then rewrites one line. */
  stderrIsTerminal?: boolean;
  now?: () => number;
}

/** Files and directories to the pages they stand for; a missing path stays, to be reported. */
async function expandInputs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = path === '-' ? undefined : await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    files.push(
      ...entries
        .filter((entry) => entry.isFile() && INPUT_NAME.test(entry.name))
        .map((entry) => join(entry.parentPath, entry.name))
        .sort(),
    );
  }
  return files;
}

function progressReporter(io: CliIo, total: number): { step: (done: number) => void; finish: () => void } {
  const now = io.now ?? (() => Date.now());
  const started = now();
  let lastShown = started;
  let shown = false;
  const line = (done: number): string => {
    const seconds = Math.max(0.001, (now() - started) / 1000);
    return `qingyue: ${done}/${total} pages, ${(done / seconds).toFixed(1)} pages/s`;
  };
  return {
    step(done) {
      if (total < 2 || now() - lastShown < PROGRESS_INTERVAL_MS) return;
      lastShown = now();
      shown = true;
      io.stderr(io.stderrIsTerminal ? `\r${line(done)}` : `${line(done)}\n`);
    },
    finish() {
      if (shown) io.stderr(io.stderrIsTerminal ? `\r${line(total)}\n` : `${line(total)}\n`);
    },
  };
}

class UsageError extends Error {}

async function readInput(file: string, io: CliIo): Promise<Uint8Array> {
  if (file === '-') return io.readStdin();
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadablePageError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(error));
  }
}

/**
 * Where `--out-dir` writes each page: its name with the format's extension, and `-2`, `-3`
 * … after it for a later page of the same name (`a/page.html`, `b/page.html`).
 */
function outputNames(files: readonly string[], format: Format): string[] {
  const seen = new Map<string, number>();
  return files.map((file) => {
    const name = file === '-' ? 'stdin' : basename(file).replace(INPUT_NAME, '');
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return `${name}${count > 1 ? `-${count}` : ''}${EXTENSIONS[format]}`;
  });
}

async function renderFile(document: CleanDocument, format: Format): Promise<string | Uint8Array> {
  return format === 'docx' ? toWordDocument(document) : render(document, format);
}

function render(document: CleanDocument, format: Exclude<Format, 'docx'>): string {
  if (format === 'text') return toText(document);
  if (format === 'markdown') return toMarkdown(document);
  return JSON.stringify(document, null, 2) + '\n';
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        as: { type: 'string' },
        format: { type: 'string', default: 'json' },
        script: { type: 'string', default: 'simplified' },
        url: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'out-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Runs the CLI; returns the exit code (0 ok, 1 some input unreadable, 2 usage). */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parse(args);
    if (values.help) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    const [command, ...files] = positionals;
    const format = values.format as Format;
    const script = values.script as Script;
    if (command !== 'clean' && command !== 'detect') throw new UsageError(command ? `unknown command "${command}"` : 'no command');
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    if (script !== 'simplified' && script !== 'traditional') throw new UsageError('--script must be simplified or traditional');
    const as = values.as;
    if (as !== undefined && as !== 'text' && as !== 'html') throw new UsageError('--as must be text or html');
    const inputs = await expandInputs(files.length > 0 ? files : ['-']);
    const several = inputs.length > 1 || files.some((file) => file !== '-' && !inputs.includes(file));
    const { output, 'out-dir': outDir } = values;
    if (output && outDir) throw new UsageError('-o and --out-dir cannot go together');
    if (output && several) throw new UsageError('-o writes one page: give --out-dir DIR for several');
    if (format === 'docx' && !output && !outDir) throw new UsageError('--format docx writes a file: give -o FILE or --out-dir DIR');
    if (outDir) await mkdir(outDir, { recursive: true });
    const outputs = outputNames(inputs, format);
    const progress = progressReporter(io, inputs.length);
    let failed = false;
    for (const [index, file] of inputs.entries()) {
      try {
        const bytes = await readInput(file, io);
        if (bytes.length === 0) throw new UnreadablePageError('empty input');
        const form = inputForm(file, bytes, as);
        if (command === 'detect') {
          const detection = await detectInput(bytes, form);
          io.stdout(`${detection.detected ? 'detected' : 'not-detected'}\t${file}\t${detection.signals.join(',')}\n`);
        } else {
          const { document, hadText, notes } = await cleanInput(bytes, form, script, values.url);
          for (const note of notes) io.stderr(`qingyue: ${file}: ${note}\n`);
          if (hadText && document.blocks.length === 0) throw new UnreadablePageError(`no article text found (read as ${form === 'html' ? 'a page' : 'text'}; --as ${form === 'html' ? 'text' : 'html'} reads it the other way)`);
          if (output || outDir || format === 'docx') await writeFile(output ?? join(outDir ?? '.', outputs[index] ?? ''), await renderFile(document, format));
          else if (!several) io.stdout(render(document, format));
          else if (format === 'json') io.stdout(JSON.stringify({ file, ...document }) + '\n');
          else io.stdout(`==> ${file} <==\n${render(document, format)}\n`);
        }
      } catch (error) {
        if (!(error instanceof UnreadablePageError)) throw error;
        io.stderr(`qingyue: ${file}: ${error.message}\n`);
        failed = true;
      }
      progress.step(index + 1);
    }
    progress.finish();
    return failed ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`qingyue: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}
