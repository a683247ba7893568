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

/**
 * A picture is hidden only by `display` and `visibility`: what hides text (no font size, text
 * pushed aside, text in the background's colour) leaves a picture showing, and a picture
 * at opacity 0 is one a lazy loader fades in when it is scrolled to.
 */
export function isHiddenPicture(style: VisibilityStyle): boolean {
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
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

/**
 * Top-level rules of a style sheet. Rules inside @media, @supports and the like apply only
 * sometimes (print, narrow screens), so they are left out rather than assumed.
 */
function parseSheet(css: string): StyleRule[] {
  const rules: StyleRule[] = [];
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let depth = 0;
  let prelude = '';
  let body = '';
  let skipping = false;
  for (const ch of source) {
    if (ch === '{') {
      depth++;
      if (depth === 1) skipping = prelude.trim().startsWith('@');
      if (depth > 1 || skipping) continue;
      body = '';
      continue;
    }
    if (ch === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        if (!skipping) {
          const style = parseDeclarations(body);
          if (Object.keys(style).length > 0) {
            for (const selector of prelude.split(',')) rules.push({ selector: selector.trim(), style });
          }
        }
        prelude = '';
        skipping = false;
      }
      continue;
    }
    if (depth === 0) prelude += ch;
    else if (depth === 1 && !skipping) body += ch;
  }
  return rules;
}

function selectSafely(document: Document, selector: string): Element[] {
  try {
    return [...document.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/**
 * A style lookup for documents without layout (Node): the page's `<style>` rules that can
 * hide something, in source order, then the inline style. Each such rule is matched once
 * with `querySelectorAll`, so the cost does not grow with rules times elements.
 * Visibility properties are not inherited here, which is right for display, font-size and
 * opacity (they hide the whole subtree anyway).
 */
export function markupStyleOf(document: Document): StyleOf {
  const fromSheets = new Map<Element, VisibilityStyle>();
  const rules = [...document.querySelectorAll('style')].flatMap((sheet) => parseSheet(sheet.textContent ?? ''));
  for (const rule of rules.filter((candidate) => isInvisible(candidate.style))) {
    for (const element of selectSafely(document, rule.selector)) {
      fromSheets.set(element, { ...fromSheets.get(element), ...rule.style });
    }
  }
  return (element) => {
    const style: VisibilityStyle = { ...fromSheets.get(element), ...parseDeclarations(element.getAttribute('style') ?? '') };
    if (element.hasAttribute('hidden')) style.display = 'none';
    return style;
  };
}
