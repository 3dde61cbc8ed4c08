/**
 * The colours the widget makes of an accent, for the embed builder's
 * contrast preview: the same WCAG 2.1 arithmetic as embed.js (its ink(),
 * after anim.AccentInk), with the contract's background and minimum
 * contrast. An end-to-end test checks the result against the preview
 * widget's own colours.
 */
import C from './contract.js';

/** rgb reads #rrggbb as [r, g, b]. */
export const rgb = (hex) => hex.slice(1).match(/../g).map((x) => parseInt(x, 16));
/** hex writes [r, g, b] as #rrggbb. */
export const hex = (c) => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');

const lum = (c) => c.reduce((s, v, i) => (v /= 255, s + [0.2126, 0.7152, 0.0722][i] * (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)), 0);

/** contrast is the WCAG contrast ratio of two colours given as #rrggbb. */
export function contrast(a, b) {
  const [x, y] = [lum(rgb(a)), lum(rgb(b))];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** background is the widget's background colour. */
export const background = C.colors.background;

/** ink is the colour the widget gives buttons and text for accent: the accent, darkened just enough for AA contrast on the background. */
export function ink(accent) {
  if (contrast(accent, background) >= C.minContrast) return accent;
  const c = rgb(accent), scale = (k) => hex(c.map((v) => Math.floor(v * k)));
  let lo = 0, hi = 1;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    contrast(scale(mid), background) >= C.minContrast ? lo = mid : hi = mid;
  }
  return scale(lo);
}

/** onInk is the colour of a label on an ink button: white where it is readable, else the contract's dark. */
export const onInk = (c) => contrast(c, '#ffffff') >= C.minContrast ? '#ffffff' : C.colors.onLight;
