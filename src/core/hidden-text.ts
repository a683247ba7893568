/**
 * Hidden anti-copy text: sites drop their name or URL into sentences inside elements a
 * reader never sees, e.g. `<span style="display:none">jey722.cn</span>` or `font-size:0`,
 * so that copied text carries the watermark. Only text a reader can see is kept.
 *
 * In the browser the computed style decides; in Node the same rules are applied to the
 * inline style and the page's own `<style>` sheets (simple selectors only).
 */

/** The few style properties that decide visibility. */
export interface VisibilityStyle {
  display?: string;
  visibility?: string;
  fontSize?: string;
  opacity?: string;
  position?: string;
  left?: string;
  top?: string;
  textIndent?: string;
  color?: string;
  backgroundColor?: string;
}

export type StyleOf = (element: Element) => VisibilityStyle;

const OFF_SCREEN_PX = -999;

function px(value: string | undefined): number {
  const match = /^(-?[\d.]+)(px|em|rem|pt)?$/.exec((value ?? '').trim());
  return match ? Number(match[1]) : Number.NaN;
}

function sameColour(a: string | undefined, b: string | undefined): boolean {
  const norm = (value: string | undefined): string => (value ?? '').replace(/\s+/g, '').toLowerCase();
  return norm(a) !== '' && norm(a) === norm(b) && norm(a) !== 'transparent' && norm(a) !== 'rgba(0,0,0,0)';
}

export function isInvisible(style: VisibilityStyle): boolean {
  if (style.display === 'none') return true;
  if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
  if (px(style.fontSize) === 0) return true;
  if (style.opacity !== undefined && Number(style.opacity) === 0) return true;
  const positioned = style.position === 'absolute' || style.position === 'fixed';
  if (positioned && (px(style.left) <= OFF_SCREEN_PX || px(style.top) <= OFF_SCREEN_PX)) return true;
  if (px(style.textIndent) <= OFF_SCREEN_PX) return true;
  return sameColour(style.color, style.backgroundColor);
}

const PROPERTY_NAMES: Record<string, keyof VisibilityStyle> = {
  display: 'display',
  visibility: 'visibility',
  'font-size': 'fontSize',
  opacity: 'opacity',
  position: 'position',
  left: 'left',
  top: 'top',
  'text-indent': 'textIndent',
  color: 'color',
  'background-color': 'backgroundColor',
  background: 'backgroundColor',
};

function parseDeclarations(text: string): VisibilityStyle {
  const style: VisibilityStyle = {};
  for (const declaration of text.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const key = PROPERTY_NAMES[declaration.slice(0, colon).trim().toLowerCase()];
    if (key) style[key] = declaration.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase();
  }
  return style;
}

interface StyleRule {
  selector: string;
  style: VisibilityStyle;
}

function parseSheet(css: string): StyleRule[] {
  const rules: StyleRule[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
    const style = parseDeclarations(match[2] ?? '');
    if (Object.keys(style).length === 0) continue;
    for (const selector of (match[1] ?? '').split(',')) rules.push({ selector: selector.trim(), style });
  }
  return rules;
}

function matchesSafely(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/**
 * A style lookup for documents without layout (Node): the page's `<style>` rules in source
 * order, then the inline style. Visibility properties are not inherited here, which is
 * right for display/font-size/opacity (they hide the whole subtree anyway).
 */
export function markupStyleOf(document: Document): StyleOf {
  const rules = [...document.querySelectorAll('style')].flatMap((sheet) => parseSheet(sheet.textContent ?? ''));
  return (element) => {
    const style: VisibilityStyle = {};
    for (const rule of rules) if (matchesSafely(element, rule.selector)) Object.assign(style, rule.style);
    Object.assign(style, parseDeclarations(element.getAttribute('style') ?? ''));
    if (element.hasAttribute('hidden')) style.display = 'none';
    return style;
  };
}
