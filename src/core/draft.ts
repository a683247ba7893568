/**
 * The working state the passes transform. Units carry stable ids so that changes and
 * flags recorded early still point at the right block after lines are joined.
 */
import type { LineSource } from './inline-spans';
import type { Block, ChromeRole, DroppedRole, InlineSpan } from './model';
import type { LineContainer, Picture } from './rich-elements';
import { runSteps } from './slices';

export interface DraftLine {
  id: number;
  kind: 'line';
  text: string;
  /** The page's own heading tag (2 for `<h2>`), when the line was a whole heading. */
  headingTag?: number;
  /** Only a `<br>` separates it from the line before. */
  afterBreak?: true;
  /** Only a text's line break separates it from the line before: a hard wrap may join them, as across a `<br>`, but it is no verse. */
  afterNewline?: true;
  /** Inside `<pre>`: its line breaks and punctuation are the page's own. */
  preformatted?: true;
  /** The list item, table cell, quote, caption or `<pre>` the line belongs to. */
  container?: LineContainer;
  /** Pictures inside the table cell the line belongs to. */
  cellPictures?: Picture[];
  /** The text as extracted and its links and emphasis, carried onto the final text by the structure pass. */
  source?: LineSource;
  /** What the small element the line sits in calls itself on the page (`class="breadcrumb"`). */
  hint?: ChromeRole;
}

export interface DraftBlock {
  id: number;
  kind: 'block';
  block: Block;
}

export type DraftUnit = DraftLine | DraftBlock;

export interface DraftOutlineItem {
  text: string;
}

export interface DraftChange {
  pass: string;
  before: string;
  after: string;
  /** Unit id, or 'title' / 'outline' / 'page' (removed before lines were read). */
  at: number | 'title' | 'outline' | 'page';
  /** A whole line dropped as not the article's: its role, and the unit it came after (none at the start). */
  line?: { role: DroppedRole; after: number | undefined };
}

export interface DraftFlag {
  kind: string;
  text: string;
  at: number | 'title' | 'outline' | 'page';
}

export interface Draft {
  title: string;
  /**
   * The page was recognised as a damaged target page (detect.ts). Passes whose local
   * evidence also occurs in ordinary text ask this as well.
   */
  recognised: boolean;
  /** Names the site calls itself (from the page title and metadata), for watermark removal. */
  siteNames: string[];
  units: DraftUnit[];
  /** Entries of the page's own 目录/提纲 block, when it has one. */
  outlineBlock: DraftOutlineItem[] | undefined;
  changes: DraftChange[];
  flags: DraftFlag[];
  /** Ids of units joined into an earlier unit: id -> the surviving unit's id. */
  mergedInto: Map<number, number>;
  /** The next unused unit id, for units a pass splits off. */
  nextId: number;
}

/** One replacement inside a text, as found by a text pass. */
export interface TextEdit {
  before: string;
  after: string;
}

export interface TextRepair {
  text: string;
  edits: TextEdit[];
  flags?: string[];
}

/**
 * Runs a repair again on its own output until it changes nothing, keeping every edit. For
 * repairs whose result is context for their neighbours (a widened `（` makes the `;` before
 * it Chinese; a removed address puts Chinese next to the one before it). The repair must
 * only ever shrink or narrow its text, so that this ends.
 */
export function untilStable(repair: (text: string) => TextRepair): (text: string) => TextRepair {
  return (text) => {
    let result = repair(text);
    for (let next = repair(result.text); next.edits.length > 0; next = repair(result.text)) {
      result = { text: next.text, edits: [...result.edits, ...next.edits] };
    }
    return result;
  };
}

/** Replaces every match of `pattern` (global) and records each replacement as an edit. */
export function replaceRecorded(
  text: string,
  pattern: RegExp,
  replacer: (match: RegExpExecArray) => string,
): TextRepair {
  const edits: TextEdit[] = [];
  let result = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const after = replacer(match);
    result += text.slice(last, match.index) + after;
    last = match.index + match[0].length;
    if (after !== match[0]) edits.push({ before: match[0], after });
  }
  return { text: result + text.slice(last), edits };
}

export interface RepairAllOptions {
  /** Repair the title too. */
  title?: boolean;
  /** Repair the outline block's entries (the default) or leave them. */
  outline?: boolean;
}

/**
 * `repairAllText` one line at a time: a generator that yields after each line, so that the
 * pipeline can spread a huge page over several tasks (see `Slices` in pipeline.ts).
 */
export function* repairAllTextSteps(
  draft: Draft,
  pass: string,
  repair: (text: string) => TextRepair,
  options: RepairAllOptions = {},
): Generator<void, Draft> {
  const changes = [...draft.changes];
  const flags = [...draft.flags];
  const apply = (text: string, at: DraftChange['at']): string => {
    const result = repair(text);
    for (const edit of result.edits) changes.push({ pass, before: edit.before, after: edit.after, at });
    for (const flagged of result.flags ?? []) flags.push({ kind: pass, text: flagged, at });
    return result.text;
  };
  const units: DraftUnit[] = [];
  for (const unit of draft.units) {
    units.push(unit.kind === 'line' ? { ...unit, text: apply(unit.text, unit.id) } : unit);
    yield;
  }
  const outlineBlock =
    options.outline === false
      ? draft.outlineBlock
      : draft.outlineBlock?.map((item) => ({ ...item, text: apply(item.text, 'outline') }));
  const title = options.title ? apply(draft.title, 'title') : draft.title;
  return { ...draft, title, units, outlineBlock, changes, flags };
}

/**
 * Applies a text repair to every body line, every outline entry and (optionally) the
 * title, recording its edits and flags under `pass`.
 */
export function repairAllText(
  draft: Draft,
  pass: string,
  repair: (text: string) => TextRepair,
  options: RepairAllOptions = {},
): Draft {
  return runSteps(repairAllTextSteps(draft, pass, repair, options));
}

export function newDraft(
  title: string,
  siteNames: string[],
  lines: (string | (Omit<DraftLine, 'id' | 'kind' | 'source'> & { picture?: Picture; spans?: InlineSpan[] }))[],
  recognised = false,
): Draft {
  const unitOf = (line: (typeof lines)[number], id: number): DraftUnit => {
    if (typeof line === 'string') return { id, kind: 'line', text: line };
    const { picture, spans, ...rest } = line;
    if (picture) return { id, kind: 'block', block: { kind: 'image', ...picture } };
    return spans ? { id, kind: 'line', ...rest, source: { text: rest.text, spans } } : { id, kind: 'line', ...rest };
  };
  return {
    title,
    recognised,
    siteNames,
    units: lines.map(unitOf),
    outlineBlock: undefined,
    changes: [],
    flags: [],
    mergedInto: new Map(),
    nextId: lines.length,
  };
}
