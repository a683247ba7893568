/** The reader's settings panel: every change applies at once and is kept. */
import type { TraditionalStandard } from '../core';
import { t, type MessageKey } from '../extension/i18n';
import type { Make } from './render';
import { DEFAULT_SETTINGS, FONT_SIZES, LINE_HEIGHTS, SPEECH_RATES, WIDTHS, type FontFamily, type Preset, type ReaderSettings, type Theme } from './settings';

const THEMES: [Theme, MessageKey][] = [['auto', 'themeAuto'], ['light', 'themeLight'], ['sepia', 'themeSepia'], ['dark', 'themeDark']];
const FONTS: [FontFamily, MessageKey][] = [['serif', 'fontSerif'], ['sans', 'fontSans'], ['kai', 'fontKai']];
const PRESETS: [Preset, MessageKey][] = [['reader', 'presetReader'], ['gongwen', 'presetGongwen']];
const LINE_HEIGHT_NAMES: MessageKey[] = ['lineTight', 'lineNormal', 'lineLoose'];
const WIDTH_NAMES: MessageKey[] = ['widthNarrow', 'widthMedium', 'widthWide'];
const STANDARDS: [TraditionalStandard, MessageKey][] = [['t', 'standardT'], ['tw', 'standardTw'], ['hk', 'standardHk']];
const SPEECH_RATE_NAMES: MessageKey[] = ['rateSlower', 'rateNormal', 'rateFaster', 'rateFast', 'rateFastest'];
const SCRIPTS: ['simplified' | 'traditional', MessageKey][] = [['simplified', 'scriptSimplified'], ['traditional', 'scriptTraditional']];

export function renderSettingsPanel(make: Make, settings: ReaderSettings, onChange: (next: ReaderSettings) => void): HTMLElement {
  const panel = make('section', 'qy-panel qy-settings');
  panel.setAttribute('aria-label', t('settings'));
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
  const select = <T extends string | number>(label: string, options: readonly T[], names: readonly MessageKey[], current: T, patch: (value: T) => Partial<ReaderSettings>): HTMLSelectElement => {
    const element = make('select', 'qy-select');
    element.setAttribute('aria-label', label);
    options.forEach((value, i) => {
      const name = names[i];
      const option = make('option', undefined, name ? t(name) : String(value));
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
  smaller.setAttribute('aria-label', t('sizeSmaller'));
  larger.setAttribute('aria-label', t('sizeLarger'));
  smaller.disabled = settings.fontSize <= FONT_SIZES.min;
  larger.disabled = settings.fontSize >= FONT_SIZES.max;
  smaller.addEventListener('click', () => change({ fontSize: Math.max(FONT_SIZES.min, settings.fontSize - FONT_SIZES.step) }));
  larger.addEventListener('click', () => change({ fontSize: Math.min(FONT_SIZES.max, settings.fontSize + FONT_SIZES.step) }));
  for (const button of [smaller, larger]) button.type = 'button';
  const size = make('span', 'qy-font-size', `${settings.fontSize}px`);
  size.setAttribute('aria-live', 'polite');

  const reset = make('button', 'qy-reset', t('reset'));
  reset.type = 'button';
  reset.addEventListener('click', () => onChange(DEFAULT_SETTINGS));

  panel.append(
    row(t('setTheme'), ...THEMES.map(([theme, name]) => choice(theme, settings.theme, t(name), { theme }, `qy-theme-${theme}`))),
    row(t('setPreset'), ...PRESETS.map(([preset, name]) => choice(preset, settings.preset, t(name), { preset }, `qy-preset-${preset}`))),
    row(t('setFont'), ...FONTS.map(([font, name]) => choice(font, settings.font, t(name), { font }, `qy-font-${font}`))),
    row(t('setSize'), smaller, size, larger),
    row(t('setLineHeight'), select(t('setLineHeight'), LINE_HEIGHTS, LINE_HEIGHT_NAMES, settings.lineHeight as (typeof LINE_HEIGHTS)[number], (lineHeight) => ({ lineHeight }))),
    row(t('setWidth'), select(t('setWidthLabel'), WIDTHS, WIDTH_NAMES, settings.width as (typeof WIDTHS)[number], (width) => ({ width }))),
    row(
      t('setLayout'),
      checkbox(t('indent'), settings.indent, (indent) => ({ indent })),
      checkbox(t('justify'), settings.justify, (justify) => ({ justify })),
      checkbox(t('showOutline'), settings.showOutline, (showOutline) => ({ showOutline })),
    ),
    row(
      t('setChineseTypography'),
      checkbox(t('autospace'), settings.autospace, (autospace) => ({ autospace })),
      checkbox(t('trimPunctuation'), settings.trimPunctuation, (trimPunctuation) => ({ trimPunctuation })),
      checkbox(t('strictLineBreak'), settings.strictLineBreak, (strictLineBreak) => ({ strictLineBreak })),
      checkbox(t('hangPunctuation'), settings.hangPunctuation, (hangPunctuation) => ({ hangPunctuation })),
    ),
    row(t('setOpenIn'), ...SCRIPTS.map(([script, name]) => choice(script, settings.defaultScript, t(name), { defaultScript: script }, `qy-default-${script}`))),
    row(t('setStandard'), select(t('setStandard'), STANDARDS.map(([value]) => value), STANDARDS.map(([, name]) => name), settings.traditionalStandard, (traditionalStandard) => ({ traditionalStandard }))),
    row(t('setSpeechRate'), select(t('setSpeechRate'), SPEECH_RATES, SPEECH_RATE_NAMES, settings.speechRate as (typeof SPEECH_RATES)[number], (speechRate) => ({ speechRate }))),
    reset,
  );
  return panel;
}
