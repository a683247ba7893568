/** The reader's settings panel: every change applies at once and is kept. */
import type { TraditionalStandard } from '../core/script';
import type { Make } from './render';
import { DEFAULT_SETTINGS, FONT_SIZES, LINE_HEIGHTS, WIDTHS, type FontFamily, type ReaderSettings, type Theme } from './settings';

const THEMES: [Theme, string][] = [['auto', '自动'], ['light', '浅色'], ['sepia', '米黄'], ['dark', '深色']];
const FONTS: [FontFamily, string][] = [['serif', '宋体'], ['sans', '黑体'], ['kai', '楷体']];
const LINE_HEIGHT_NAMES = ['紧凑', '适中', '宽松'];
const WIDTH_NAMES = ['窄', '中', '宽'];
const STANDARDS: [TraditionalStandard, string][] = [['t', '通用'], ['tw', '台湾'], ['hk', '香港']];
const SCRIPTS: ['simplified' | 'traditional', string][] = [['simplified', '简体'], ['traditional', '繁體']];

export function renderSettingsPanel(make: Make, settings: ReaderSettings, onChange: (next: ReaderSettings) => void): HTMLElement {
  const panel = make('section', 'qy-panel qy-settings');
  panel.setAttribute('aria-label', '阅读设置');
  const change = (patch: Partial<ReaderSettings>): void => onChange({ ...settings, ...patch });

  const row = (label: string, ...controls: HTMLElement[]): HTMLElement => {
    const line = make('div', 'qy-setting');
    const name = make('span', 'qy-setting-name', label);
    const group = make('div', 'qy-setting-controls');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', label);
    group.append(...controls);
    line.append(name, group);
    return line;
  };
  const choice = <T>(value: T, current: T, text: string, patch: Partial<ReaderSettings>, className = ''): HTMLButtonElement => {
    const button = make('button', `qy-choice ${className}`.trim(), text);
    button.type = 'button';
    button.setAttribute('aria-pressed', String(value === current));
    button.addEventListener('click', () => change(patch));
    return button;
  };
  const select = <T extends string | number>(label: string, options: readonly T[], names: readonly string[], current: T, patch: (value: T) => Partial<ReaderSettings>): HTMLSelectElement => {
    const element = make('select', 'qy-select');
    element.setAttribute('aria-label', label);
    options.forEach((value, i) => {
      const option = make('option', undefined, names[i] ?? String(value));
      option.value = String(value);
      option.selected = value === current;
      element.append(option);
    });
    element.addEventListener('change', () => change(patch(options[element.selectedIndex] as T)));
    return element;
  };
  const checkbox = (label: string, checked: boolean, patch: (value: boolean) => Partial<ReaderSettings>): HTMLLabelElement => {
    const wrapper = make('label', 'qy-check');
    const input = make('input');
    input.type = 'checkbox';
    input.checked = checked;
    input.addEventListener('change', () => change(patch(input.checked)));
    wrapper.append(input, label);
    return wrapper;
  };

  const smaller = make('button', 'qy-choice qy-font-smaller', 'A−');
  const larger = make('button', 'qy-choice qy-font-larger', 'A+');
  smaller.setAttribute('aria-label', '缩小字号');
  larger.setAttribute('aria-label', '放大字号');
  smaller.disabled = settings.fontSize <= FONT_SIZES.min;
  larger.disabled = settings.fontSize >= FONT_SIZES.max;
  smaller.addEventListener('click', () => change({ fontSize: Math.max(FONT_SIZES.min, settings.fontSize - FONT_SIZES.step) }));
  larger.addEventListener('click', () => change({ fontSize: Math.min(FONT_SIZES.max, settings.fontSize + FONT_SIZES.step) }));
  for (const button of [smaller, larger]) button.type = 'button';
  const size = make('span', 'qy-font-size', `${settings.fontSize}px`);
  size.setAttribute('aria-live', 'polite');

  const reset = make('button', 'qy-reset', '恢复默认');
  reset.type = 'button';
  reset.addEventListener('click', () => onChange(DEFAULT_SETTINGS));

  panel.append(
    row('主题', ...THEMES.map(([theme, name]) => choice(theme, settings.theme, name, { theme }, `qy-theme-${theme}`))),
    row('字体', ...FONTS.map(([font, name]) => choice(font, settings.font, name, { font }, `qy-font-${font}`))),
    row('字号', smaller, size, larger),
    row('行距', select('行距', LINE_HEIGHTS, LINE_HEIGHT_NAMES, settings.lineHeight as (typeof LINE_HEIGHTS)[number], (lineHeight) => ({ lineHeight }))),
    row('版心', select('版心宽度', WIDTHS, WIDTH_NAMES, settings.width as (typeof WIDTHS)[number], (width) => ({ width }))),
    row(
      '排版',
      checkbox('首行缩进', settings.indent, (indent) => ({ indent })),
      checkbox('两端对齐', settings.justify, (justify) => ({ justify })),
      checkbox('显示提纲', settings.showOutline, (showOutline) => ({ showOutline })),
    ),
    row('打开时', ...SCRIPTS.map(([script, name]) => choice(script, settings.defaultScript, name, { defaultScript: script }, `qy-default-${script}`))),
    row('繁体标准', select('繁体标准', STANDARDS.map(([value]) => value), STANDARDS.map(([, name]) => name), settings.traditionalStandard, (traditionalStandard) => ({ traditionalStandard }))),
    reset,
  );
  return panel;
}
