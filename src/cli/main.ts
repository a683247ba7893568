/**
 * `qingyue`: the same cleaning as the extension, on saved pages.
 *
 *   qingyue clean FILE... [--format json|text|markdown] [--script simplified|traditional] [--url URL]
 *   qingyue detect FILE...
 *
 * FILE may be `-` (or absent) for standard input.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { detectTargetPage } from '../core/detect';
import { toMarkdown, toText } from '../core/export';
import { markupStyleOf } from '../core/hidden-text';
import type { CleanDocument, Script } from '../core/model';
import { cleanPage } from '../core/pipeline';
import { toScript } from '../core/to-script';
import { decodePage, parsePage, UnreadablePageError } from './load-page';

const USAGE = `usage: qingyue clean FILE... [--format json|text|markdown] [--script simplified|traditional] [--url URL]
       qingyue detect FILE...
FILE may be - for standard input.`;

const FORMATS = ['json', 'text', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
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

export async function cleanFile(bytes: Uint8Array, script: Script, url?: string): Promise<CleanDocument> {
  const document = parsePage(decodePage(bytes));
  const cleaned = await cleanPage(document, markupStyleOf(document), { url });
  return toScript(cleaned, script);
}

function render(document: CleanDocument, format: Format): string {
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
        format: { type: 'string', default: 'json' },
        script: { type: 'string', default: 'simplified' },
        url: { type: 'string' },
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
    let failed = false;
    for (const file of files.length > 0 ? files : ['-']) {
      try {
        const bytes = await readInput(file, io);
        if (bytes.length === 0) throw new UnreadablePageError('empty input');
        if (command === 'detect') {
          const detection = detectTargetPage(parsePage(decodePage(bytes)).body?.textContent ?? '');
          io.stdout(`${detection.detected ? 'detected' : 'not-detected'}\t${file}\t${detection.signals.join(',')}\n`);
        } else {
          io.stdout(render(await cleanFile(bytes, script, values.url), format));
        }
      } catch (error) {
        if (!(error instanceof UnreadablePageError)) throw error;
        io.stderr(`qingyue: ${file}: cannot read this page: ${error.message}\n`);
        failed = true;
      }
    }
    return failed ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`qingyue: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}
