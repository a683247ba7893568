/** The browser's side of hidden-text detection: what the computed style says. */
import type { StyleOf } from '../core';

export function computedStyleOf(view: Window): StyleOf {
  return (element) => {
    const style = view.getComputedStyle(element);
    return {
      display: style.display,
      visibility: style.visibility,
      fontSize: style.fontSize,
      opacity: style.opacity,
      position: style.position,
      left: style.left,
      top: style.top,
      textIndent: style.textIndent,
      color: style.color,
      backgroundColor: style.backgroundColor,
    };
  };
}
