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
  /** Inside `@media`, `@supports` and the like: it applies only sometimes. */
  conditional: boolean;
  /** Inside `@media print`: never on a screen. */
  printOnly: boolean;
  /** `!important` on any of its visibility declarations. */
  important: boolean;
  /** Its place in the page's sheets, for the cascade's last word. */
  order: number;
}

/**
 * Rules of a style sheet, each selector of a list its own rule. Rules inside @media,
 * @supports and the like are marked: they apply only sometimes (print, narrow screens), so
 * they never hide text here, but they may show what a plain rule hides.
 */
function parseSheet(css: string, firstOrder: number): StyleRule[] {
  const rules: StyleRule[] = [];
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // The preludes of the at-rules a rule is nested in; it is conditional inside any.
  const openBlocks: string[] = [];
  let prelude = '';
  let body = '';
  let inRule = false;
  for (const ch of source) {
    if (ch === '{') {
      if (inRule) continue;
      if (prelude.trim().startsWith('@')) openBlocks.push(prelude.trim().toLowerCase());
      else inRule = true;
      body = '';
      if (!inRule) prelude = '';
      continue;
    }
    if (ch === '}') {
      if (inRule) {
        const style = parseDeclarations(body);
        if (Object.keys(style).length > 0) {
          const conditional = openBlocks.length > 0;
          const printOnly = openBlocks.some((block) => /^@media\b/.test(block) && /\bprint\b/.test(block) && !/\b(?:screen|all)\b/.test(block));
          const important = /!important/i.test(body);
          for (const selector of prelude.split(',')) rules.push({ selector: selector.trim(), style, conditional, printOnly, important, order: firstOrder + rules.length });
        }
        inRule = false;
      } else openBlocks.pop();
      prelude = '';
      continue;
    }
    if (inRule) body += ch;
    // An at-rule without a block (`@import url(a.css);`) ends at its semicolon.
    else prelude = ch === ';' ? '' : prelude + ch;
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

function matchesSafely(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/**
 * CSS specificity as one number: ids, then classes, attributes and pseudo-classes, then
 * types and pseudo-elements (a hundred of each is beyond any real selector). Read from the
 * selector's text, which is close enough for the simple selectors pages hide text with.
 */
function specificity(selector: string): number {
  const bare = selector.replace(/\[[^\]]*\]/g, (attribute) => (attribute ? '.a' : ''));
  const ids = (bare.match(/#[\w-]+/g) ?? []).length;
  const classes = (bare.match(/\.[\w-]+|:(?!:)[\w-]+/g) ?? []).length;
  const types = (bare.replace(/[#.:][\w-]+|::[\w-]+/g, ' ').match(/(?:^|[\s>+~])[a-z][\w-]*/gi) ?? []).length + (bare.match(/::[\w-]+/g) ?? []).length;
  return ids * 10_000 + classes * 100 + types;
}

/** Whether a declaration of `key` shows what another value of it hides. */
function shows(key: keyof VisibilityStyle, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (key === 'display') return value !== 'none';
  if (key === 'visibility') return value === 'visible';
  if (key === 'opacity') return Number(value) > 0;
  if (key === 'fontSize') return px(value) > 0;
  return false;
}

/** The later word in the cascade: importance, then specificity, then order. */
function outranks(a: StyleRule, b: StyleRule): boolean {
  if (a.important !== b.important) return a.important;
  const [sa, sb] = [specificity(a.selector), specificity(b.selector)];
  return sa !== sb ? sa > sb : a.order > b.order;
}

/**
 * The rules that may show an element, by the last simple selector they end in (a class, an
 * id, or a tag): an element asks only those its own classes, id and tag can match.
 */
function rulesByTarget(rules: readonly StyleRule[]): (element: Element) => StyleRule[] {
  const byKey = new Map<string, StyleRule[]>();
  for (const rule of rules) {
    const last = rule.selector.split(/[\s>+~]+/).at(-1) ?? '';
    const key = /#([\w-]+)/.exec(last)?.[0] ?? /\.([\w-]+)/.exec(last)?.[0] ?? (/^[a-z][\w-]*/i.exec(last)?.[0].toLowerCase() ?? '*');
    byKey.set(key, [...(byKey.get(key) ?? []), rule]);
  }
  return (element) => {
    const keys = ['*', element.tagName.toLowerCase(), ...(element.id ? [`#${element.id}`] : []), ...[...element.classList].map((name) => `.${name}`)];
    return keys.flatMap((key) => byKey.get(key) ?? []);
  };
}

/**
 * A style lookup for documents without layout (Node): what the page's `<style>` rules that
 * can hide something say of each element, then its inline style. Each hiding rule is matched
 * once with `querySelectorAll`, so the cost does not grow with rules times elements; a rule
 * that would show the element again (`display:block` more specific or later, even under
 * `@media`, as on a wide screen) undoes the hiding: where the cascade is in doubt the text
 * is kept. Visibility properties are not inherited here, which is right for display,
 * font-size and opacity (they hide the whole subtree anyway).
 */
export function markupStyleOf(document: Document): StyleOf {
  const fromSheets = new Map<Element, { style: VisibilityStyle; by: Partial<Record<keyof VisibilityStyle, StyleRule>> }>();
  const rules: StyleRule[] = [];
  for (const sheet of document.querySelectorAll('style')) rules.push(...parseSheet(sheet.textContent ?? '', rules.length));
  for (const rule of rules.filter((candidate) => !candidate.conditional && isInvisible(candidate.style))) {
    for (const element of selectSafely(document, rule.selector)) {
      const known = fromSheets.get(element) ?? { style: {}, by: {} };
      for (const key of Object.keys(rule.style) as (keyof VisibilityStyle)[]) {
        const earlier = known.by[key];
        if (earlier && outranks(earlier, rule)) continue;
        known.style[key] = rule.style[key];
        known.by[key] = rule;
      }
      fromSheets.set(element, known);
    }
  }
  const showingRules = rulesByTarget(rules.filter((rule) => !rule.printOnly && (Object.keys(rule.style) as (keyof VisibilityStyle)[]).some((key) => shows(key, rule.style[key]))));
  for (const [element, known] of fromSheets) {
    for (const rule of showingRules(element)) {
      for (const key of Object.keys(rule.style) as (keyof VisibilityStyle)[]) {
        const hiding = known.by[key];
        if (hiding && shows(key, rule.style[key]) && !shows(key, known.style[key]) && outranks(rule, hiding) && matchesSafely(element, rule.selector)) {
          known.style[key] = rule.style[key];
        }
      }
    }
  }
  return (element) => {
    const style: VisibilityStyle = { ...fromSheets.get(element)?.style, ...parseDeclarations(element.getAttribute('style') ?? '') };
    if (element.hasAttribute('hidden')) style.display = 'none';
    return style;
  };
}
