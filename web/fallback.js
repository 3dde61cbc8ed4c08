/**
 * The routine as text and pictures, for when the animated player cannot
 * run: embed.js imports this module only then. It fetches
 * content.<lang>.json (written by web/site from package anim) and renders
 * it with textContent only, in the routine's order; the booking link is
 * the element's validated booking-url attribute, tagged as
 * anim.BookingLink tags it when booking-utm is on.
 */
import C from './contract.js';

const CSS = `
.box.error{height:auto}.box.error>*{position:static;height:auto}
.fallback{padding:20px 24px 28px}
.fallback h3{margin:28px 0 6px;font-size:1.15rem;line-height:1.3}
.fallback img{float:right;width:min(40%,240px);margin:0 0 8px 20px}
.fallback section{display:flow-root}
.fallback ol{padding-left:1.4em}
.fallback li,.fallback p{margin:6px 0}
.fallback .note{margin:14px 0;padding:12px 16px;border-radius:10px;background:#fffdfa;border:1px solid #e2dbd0}
.fallback a{color:var(--ink);font-weight:600}
.fallback .book{display:inline-block;margin-top:16px;padding:12px 24px;border-radius:999px;background:var(--ink);color:var(--on);text-decoration:none}
@container (max-width:479px){.fallback{padding:16px}.fallback img{float:none;display:block;width:100%;max-width:320px;margin:4px auto 8px}}
`;
let sheet;

const el = (tag, props, ...kids) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids.filter((k) => k != null));
  return e;
};

/** fill puts value in place of {clinic} in text, literally (no $ patterns). */
const fill = (text, value) => text.split('{clinic}').join(value);

/**
 * bookingLink adds the utm_* parameters to url as anim.BookingLink does:
 * after the URL's own query, which is kept as written; a utm_* the URL
 * already has (its name compared once decoded) is not added again; a
 * fragment stays at the end.
 */
export function bookingLink(url, utm, content) {
  if (!utm) return url;
  const hash = url.indexOf('#');
  const base = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? null : url.slice(hash + 1);
  const q = base.indexOf('?');
  const path = q < 0 ? base : base.slice(0, q);
  let query = q < 0 ? '' : base.slice(q + 1);
  const have = new Set(query.split('&').map((part) => {
    const name = part.split('=')[0];
    try { return decodeURIComponent(name.replaceAll('+', ' ')); } catch { return name; }
  }));
  const add = [['utm_source', C.utm.source], ['utm_medium', C.utm.medium], ['utm_campaign', C.utm.campaign], ['utm_content', content]]
    .filter(([k, v]) => v && !have.has(k))
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%20/g, '+')}`);
  if (!add.length) return url;
  if (query && !query.endsWith('&')) query += '&';
  return `${path}?${query}${add.join('&')}${fragment === null ? '' : '#' + fragment}`;
}

/**
 * render fills box (in a shadow root) with the routine of settings c (the
 * element's validated attributes, a Map) as text and pictures, stretch by
 * stretch in the order ids, after the message failed. base is the URL
 * embed.js was loaded from; onBook runs when the visitor follows the
 * booking link.
 */
export async function render(box, c, ids, base, onBook) {
  const root = box.getRootNode();
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const t = await fetch(new URL(`content.${c.get('lang')}.json`, base)).then((r) => r.json());
  const clinic = c.get('clinic') || C.defaults.clinic;
  box.append(el('p', {}, t.fallback), el('p', { className: 'note' }, t.safety));
  const byID = new Map(t.stretches.map((s) => [s.id, s]));
  for (const id of ids) {
    const s = byID.get(id);
    if (!s) continue;
    box.append(el('section', {},
      el('h3', {}, s.title),
      el('img', { alt: '', src: new URL(`posters/${id}.svg`, base).href }),
      el('p', {}, s.summary),
      el('ol', {}, ...s.steps.map((x) => el('li', {}, x))),
      el('p', {}, el('strong', {}, `${t.easier}: `), s.easier),
      el('p', {}, el('strong', {}, `${t.avoid}: `), s.avoid)));
  }
  box.append(el('p', {}, c.has('clinic') ? fill(t.invitation, clinic) : t.invitationDefault));
  if (t.card) box.append(el('p', {}, el('a', { href: new URL(t.card, base).href, target: '_blank', rel: 'noopener' }, t.cardLink)));
  const url = c.get('booking-url');
  if (url) {
    // No utm_content: the visitor has not done the routine here.
    const href = bookingLink(url, c.get('booking-utm') === 'on', '');
    const a = el('a', { className: 'book', href, target: '_blank', rel: 'noopener' }, fill(t.book, clinic));
    a.addEventListener('click', () => onBook(href));
    box.append(a, el('p', {}, new URL(url).hostname));
  }
}
