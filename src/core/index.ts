/**
 * The core's public entry: what the reader, the CLI and the extension may use. Everything
 * else in core/ is the core's own (the linter keeps it so: eslint.config.js). The large
 * resources are not here: each is its own entry so that it stays its own bundle
 * (resources.ts). The bundler keeps only what a script uses from here because package.json
 * declares the sources free of side effects, all but the entrypoints, the setImmediate
 * shim and the styles: the detector stays a few kilobytes.
 */
export type * from './model';
export { blockText } from './model';
export { cleanPage, cleanText, type CleanOptions } from './pipeline';
export { readText } from './input/read-text';
export { UndecodableTextError, type DecodedText, type TextEncoding } from './input/decode-text';
export { cleanInScript } from './clean-in-script';
export { detectTargetPage as detectText, type Detection } from './detect';
export { detectAtLoad } from './detect-at-load';
export { markupStyleOf, type StyleOf, type VisibilityStyle } from './hidden-text';
export { omissionLabel, sectionText, toMarkdown, toText } from './export';
export { toScript } from './to-script';
export { restoreLine } from './restore-line';
export type { TraditionalStandard } from './script';
export { spanSegments, type SpanSegment } from './inline-spans';
export { partOf, type Slices } from './slices';
export type { MakeConverter, Resources, WordWriter } from './resources';
export type { CharModelData } from './lm/char-model';
