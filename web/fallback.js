/**
 * The routine as text and pictures, for when the animated player cannot
 * run: embed.js imports this module only then. It fetches
 * content.<lang>.json (written by cmd/dist from package anim) and renders
 * it with textContent only; the booking link is the element's validated
 * booking-url attribute.
 */

const CSS = `
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

/**
 * render fills box (in a shadow root) with the routine of settings c (the
 * element's validated attributes) as text and pictures, after the message
 * failed. base is the URL embed.js was loaded from; onBook runs when the
 * visitor follows the booking link.
 */
export async function render(box, c, failed, base, onBook) {
  const root = box.getRootNode();
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const t = await fetch(new URL(`content.${c.lang}.json`, base)).then((r) => r.json());
  const clinic = c.clinic || 'IMMERSE Modern Massage';
  box.replaceChildren(el('p', { className: 'msg' }, `${failed} ${t.fallback}`), el('p', { className: 'note' }, t.safety));
  for (const id of (c.stretches || Object.keys(t.stretches).join(',')).split(',')) {
    const s = t.stretches[id];
    box.append(el('section', {},
      el('h3', {}, s.title),
      el('img', { alt: '', src: new URL(`posters/${id}.svg`, base).href }),
      el('p', {}, s.summary),
      el('ol', {}, ...s.steps.map((x) => el('li', {}, x))),
      el('p', {}, el('strong', {}, `${t.easier}: `), s.easier),
      el('p', {}, el('strong', {}, `${t.avoid}: `), s.avoid)));
  }
  box.append(el('p', {}, c.clinic ? t.invitation.replace('{clinic}', clinic) : t.invitationDefault));
  if (t.card) box.append(el('p', {}, el('a', { href: new URL(t.card, base).href, target: '_blank', rel: 'noopener' }, t.cardLink)));
  if (c['booking-url']) {
    const a = el('a', { className: 'book', href: c['booking-url'], target: '_blank', rel: 'noopener' }, t.book.replace('{clinic}', clinic));
    a.addEventListener('click', () => onBook(a.href));
    box.append(a);
  }
}
