/**
 * The reader's typography and script settings: applied instantly as CSS custom properties
 * on the reader's root, and kept in extension storage so they follow the reader everywhere.
 */
import { storage } from 'wxt/utils/storage';
import type { Script, TraditionalStandard } from '../core';

export type Theme = 'auto' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'serif' | 'sans' | 'kai';
/** 阅读: the reader's own typography; 公文: GB/T 9704-2012's fonts, sizes and page (see reader.css). */
export type Preset = 'reader' | 'gongwen';

export interface ReaderSettings {
  theme: Theme;
  font: FontFamily;
  /** Body text size in CSS pixels. */
  fontSize: number;
  lineHeight: number;
  /** Width of the text column in em. */
  width: number;
  indent: boolean;
  justify: boolean;
  preset: Preset;
  /** Space between Han and Latin letters or digits, drawn by the browser (`text-autospace`): no character is inserted. */
  autospace: boolean;
  /** Full-width punctuation set half-width where two meet or a line begins (`text-spacing-trim`). */
  trimPunctuation: boolean;
  /** 禁则: no line starts with 。，、 or ends with （ (`line-break: strict`). */
  strictLineBreak: boolean;
  /** A line's last 。 or ， may hang in the margin (`hanging-punctuation`, where the browser has it). */
  hangPunctuation: boolean;
  traditionalStandard: TraditionalStandard;
  showOutline: boolean;
  /** The script the reader opens in. */
  defaultScript: Script;
  /** Reading-aloud speed, as the speech synthesis rate (1 is the voice's own). */
  speechRate: number;
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'auto',
  font: 'serif',
  fontSize: 18,
  lineHeight: 1.9,
  width: 38,
  indent: true,
  justify: true,
  preset: 'reader',
  autospace: true,
  trimPunctuation: true,
  strictLineBreak: true,
  hangPunctuation: true,
  traditionalStandard: 't',
  showOutline: true,
  defaultScript: 'simplified',
  speechRate: 1,
};

export const FONT_SIZES = { min: 14, max: 28, step: 2 } as const;
export const LINE_HEIGHTS = [1.6, 1.9, 2.2] as const;
export const WIDTHS = [30, 38, 46] as const;
export const SPEECH_RATES = [0.75, 1, 1.25, 1.5, 2] as const;

/** Font stacks that pick what the system has: 宋体 / 黑体 / 楷体 families on each OS. */
export const FONT_STACKS: Record<FontFamily, string> = {
  serif: '"Songti SC", "STSong", SimSun, "Noto Serif CJK SC", "Source Han Serif SC", serif',
  sans: '"PingFang SC", "Microsoft YaHei", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
  kai: '"Kaiti SC", "STKaiti", KaiTi, "AR PL UKai CN", "Noto Serif CJK SC", serif',
};

export const readerSettingsItem = storage.defineItem<ReaderSettings>('local:readerSettings', { fallback: DEFAULT_SETTINGS });

/** Stored settings over the defaults, so settings added later get their default. */
export async function loadSettings(): Promise<ReaderSettings> {
  return { ...DEFAULT_SETTINGS, ...(await readerSettingsItem.getValue()) };
}

export function applySettings(root: HTMLElement, settings: ReaderSettings): void {
  root.dataset.theme = settings.theme;
  root.dataset.outline = settings.showOutline ? 'shown' : 'hidden';
  root.style.setProperty('--qy-font', FONT_STACKS[settings.font]);
  root.style.setProperty('--qy-size', `${settings.fontSize}px`);
  root.style.setProperty('--qy-line', String(settings.lineHeight));
  root.style.setProperty('--qy-width', `${settings.width}em`);
  // A first-line indent or a gap between paragraphs, never both, as Chinese typesetting has it.
  root.style.setProperty('--qy-indent', settings.indent ? '2em' : '0');
  root.style.setProperty('--qy-paragraph-gap', settings.indent ? '0' : '0.8em');
  root.style.setProperty('--qy-align', settings.justify ? 'justify' : 'start');
  root.dataset.preset = settings.preset;
  root.style.setProperty('--qy-autospace', settings.autospace ? 'normal' : 'no-autospace');
  root.style.setProperty('--qy-spacing-trim', settings.trimPunctuation ? 'normal' : 'space-all');
  root.style.setProperty('--qy-line-break', settings.strictLineBreak ? 'strict' : 'auto');
  root.style.setProperty('--qy-hanging', settings.hangPunctuation ? 'allow-end' : 'none');
}

/**
 * The page's print style while the reader is open: the page itself hidden (the reader alone
 * prints), and for 公文 the A4 page of GB/T 9704-2012 §5.2 (margins 37, 26, 35 and 28 mm).
 * `@page` rules count only in the document's own style sheets, not in the reader's shadow
 * root, so this one goes into the page.
 */
export function printPageStyle(preset: Preset): string {
  const page = preset === 'gongwen' ? ' @page { size: A4; margin: 37mm 26mm 35mm 28mm; }' : '';
  return `body { display: none !important; }${page}`;
}

/**
 * The language tag of the text shown: glyph forms and the read-aloud voice follow it
 * (zh-Hant-TW and zh-Hant-HK write some characters differently).
 */
export function textLanguage(script: Script, standard: TraditionalStandard): string {
  if (script === 'simplified') return 'zh-Hans';
  return standard === 'tw' ? 'zh-Hant-TW' : standard === 'hk' ? 'zh-Hant-HK' : 'zh-Hant';
}
