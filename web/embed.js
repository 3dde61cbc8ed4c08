/**
 * <stretch-routine>: a guided upper-back stretching routine for any page.
 * A facade (poster, title, Start) until the visitor starts; then
 * player.html, next to this file, in an iframe, spoken to by postMessage
 * with exact origins. Attributes, API and events: the embed contract in
 * DESIGN.md. Theming: the accent attribute and --stretch-routine-font,
 * -radius, -shadow, -max-height. If the player cannot run, fallback.js
 * shows the routine as text and pictures.
 */

const BASE = new URL('./', import.meta.url);
const PLAYER = new URL('player.html', BASE);
const ORIGIN = PLAYER.origin;
const SRC = 'stretch-routine';
const IDS = ['cat-cow', 'shoulder-blade-squeeze', 'childs-pose', 'upper-back-extension'];
const SETUP = [12, 8, 12, 10]; // anim.SetupDuration, s
const BREATHS = [6, 8, 6, 5]; // anim.DefaultBreaths
const PRESETS = { calm: '4-0-6-0', box: '4-4-4-4', 478: '4-7-8-0', coherent: '5.5-0-5.5-0' };
const BG = [247, 244, 239]; // anim.PageBackground
const EVENTS = ['ready', 'play', 'pause', 'stretchchange', 'breathphase', 'timeupdate', 'ended', 'bookingclick', 'error'];
const TIMEOUT = 20000; // ms from the iframe's load to `ready`

/** The facade's words (anim.Words); the player has its own. */
const WORDS = {
  en: {
    title: 'Upper back mobility', start: 'Start', loading: 'Loading the routine…',
    label: 'Guided upper back stretching routine',
    failed: "The animated routine couldn't start on this device.",
    sum: (n, m) => `${n} stretch${n > 1 ? 'es' : ''} · about ${m} min`,
    names: ['Cat-Cow', 'Shoulder Blade Squeeze', "Child's Pose", 'Upper Back Extension'],
  },
  es: {
    title: 'Movilidad de la espalda alta', start: 'Empezar', loading: 'Cargando la rutina…',
    label: 'Rutina guiada de estiramientos para la espalda alta',
    failed: 'La rutina animada no ha podido iniciarse en este dispositivo.',
    sum: (n, m) => `${n} estiramiento${n > 1 ? 's' : ''} · ${m > 1 ? 'unos' : 'alrededor de'} ${m} min`,
    names: ['Gato-vaca', 'Juntar los omóplatos', 'Postura del niño', 'Extensión de la espalda alta'],
  },
};

const pick = (re) => (v) => re.test(v) ? v.toLowerCase() : undefined;

/**
 * Each attribute: its reader (the trimmed value to a normalized one, or
 * undefined when not accepted) and what it accepts, as the player says it.
 */
const FIELDS = {
  stretches: [(v) => {
    const ids = v.toLowerCase().split(',').map((s) => s.trim()).filter(Boolean);
    return ids.every((id, i) => IDS.includes(id) && ids.indexOf(id) === i) ? ids.join() || undefined : undefined;
  }, `a comma-separated list of ${IDS.join(', ')}, each at most once`],
  breath: [(v) => {
    const s = (PRESETS[v.toLowerCase()] || v).split('-').map((x) => x.trim());
    const ok = s.length === 4 && s.every((x, i) => /^\d+(\.\d+)?$/.test(x) && x >= [2, 0, 2, 0][i] && x <= [10, 10, 12, 10][i] && x * 2 % 1 === 0);
    return ok ? s.map(Number).join('-') : undefined;
  }, 'inhale-hold-exhale-hold seconds such as 4-0-6-0 (inhale 2-10, holds 0-10, exhale 2-12, in 0.5 s steps), or a preset: calm, box, 478, coherent'],
  breaths: [(v) => /^\d\d?$/.test(v) && v >= 1 && v <= 20 ? String(+v) : undefined, 'a whole number from 1 to 20'],
  clinic: [(v) => {
    const s = v.split(/\s+/).join(' ');
    return [...s].length <= 80 && !/[<>\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(s) ? s : undefined;
  }, 'plain text of 1 to 80 characters, without <, > or control characters'],
  'booking-url': [(v) => {
    try {
      const u = new URL(v);
      if (v.length <= 2000 && !/[\s\p{Cc}\p{Cf}\\]/u.test(v) && /^https?:$/.test(u.protocol) && u.hostname && !u.username && !u.password) return u.href;
    } catch { /* not a URL */ }
  }, 'an absolute http: or https: URL of at most 2000 characters, without spaces, control characters, user name or password'],
  lang: [(v) => /^(en|es)([-_]|$)/i.test(v) ? v.slice(0, 2).toLowerCase() : undefined, 'en or es (a region such as es-MX is fine)'],
  accent: [pick(/^#([\da-f]{3}){1,2}$/i), 'a colour as #rgb or #rrggbb'],
  sound: [pick(/^(on|off)$/i), 'on or off'],
  voice: [pick(/^(on|off)$/i), 'on or off'],
  motion: [pick(/^(full|reduced)$/i), 'full or reduced'],
};

/** config reads el's attributes, warning about each one it ignores. */
function config(el) {
  const c = {};
  for (const [name, [read, accepted]] of Object.entries(FIELDS)) {
    const raw = el.getAttribute(name) || '';
    const v = raw.trim();
    if (!v) continue;
    const val = read(v);
    if (val === undefined) {
      const chars = [...raw];
      const shown = chars.length > 64 ? chars.slice(0, 64).join('') + '…' : raw;
      console.warn(`${SRC}: ignoring ${name}=${JSON.stringify(shown)}: expected ${accepted}; using the default`);
    } else c[name] = val;
  }
  c.lang ||= FIELDS.lang[0](document.documentElement.lang) || 'en';
  return c;
}

const idsOf = (c) => (c.stretches || IDS.join()).split(',');

/** seconds is the routine's length, as anim.NewTimeline lays it out. */
function seconds(c) {
  const cycle = (c.breath || PRESETS.calm).split('-').reduce((a, b) => a + +b, 0);
  return idsOf(c).reduce((t, id) => t + SETUP[IDS.indexOf(id)] + (+c.breaths || BREATHS[IDS.indexOf(id)]) * cycle, 0);
}

// WCAG 2.1 luminance and contrast, as anim/contrast.go.
const lum = (c) => c.reduce((s, v, i) => (v /= 255, s + [0.2126, 0.7152, 0.0722][i] * (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)), 0);
const contrast = (a, b) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
const scale = (c, k) => c.map((v) => Math.floor(v * k));
const hex = (c) => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');

/** ink is the accent darkened just enough for 4.5:1 on BG (anim.AccentInk). */
function ink(accent) {
  if (contrast(accent, BG) >= 4.5) return accent;
  let lo = 0, hi = 1;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    contrast(scale(accent, mid), BG) >= 4.5 ? lo = mid : hi = mid;
  }
  return scale(accent, lo);
}

const CSS = `
:host{all:initial;display:block;contain:layout style;container-type:inline-size;color:#24302c;
font:16px/1.5 var(--stretch-routine-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif)}
:host([hidden]){display:none}
*{box-sizing:border-box}
.box{position:relative;height:clamp(560px,75cqw,var(--stretch-routine-max-height,min(90vh,760px)));
overflow:hidden;border-radius:var(--stretch-routine-radius,16px);background:#f7f4ef;
box-shadow:var(--stretch-routine-shadow,0 1px 2px #2a201514,0 8px 28px #2a20151a)}
@container (max-width:599px){.box{height:clamp(560px,165cqw,680px)}}
.box>*{position:absolute;inset:0;width:100%;height:100%;border:0}
.box.error{height:auto}
.box.error>*{position:static;height:auto}
.facade{display:grid;grid-template-rows:minmax(0,1fr) auto;cursor:pointer}
img{display:block;width:100%;height:100%;min-height:0;object-fit:contain;padding:24px 24px 8px}
.card{display:flex;flex-wrap:wrap;align-items:center;gap:14px 24px;padding:18px 24px 22px;background:#fffdfa;border-top:1px solid #e2dbd0}
.text{flex:1 1 14em}
.title{margin:0;font-size:1.3rem;font-weight:650;line-height:1.25}
.sum{margin:2px 0 0;color:#55625d}
button{font:inherit;font-weight:600;font-size:1.05rem;display:inline-flex;align-items:center;gap:10px;min-height:48px;padding:0 26px 0 20px;
border:0;border-radius:999px;background:var(--ink);color:var(--on);cursor:pointer}
button:hover{filter:brightness(1.1)}
svg{width:20px;height:20px;fill:currentColor}
:focus-visible{outline:3px solid var(--ink);outline-offset:3px}
.load{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:14px;background:#f7f4ef;color:#55625d;pointer-events:none}
.load i{width:56px;height:56px;border-radius:50%;background:var(--accent);opacity:.35;animation:b 10s ease-in-out infinite}
@keyframes b{0%,100%{transform:scale(.6)}40%{transform:scale(1)}}
@media (prefers-reduced-motion:reduce){.load i{animation:none}}
.msg{font-weight:600}
`;
let sheet;

let prefetched;
/** prefetch warms the cache with the player's files, once per page. */
function prefetch() {
  if (prefetched || typeof WebAssembly !== 'object') return;
  prefetched = true;
  const add = (href) => document.head.append(h('link', { rel: 'prefetch', href: new URL(href, BASE).href }));
  ['player.js', 'player.css', 'wasm_exec.js'].forEach(add);
  fetch(PLAYER).then((r) => r.text()).then((t) => {
    const m = /name="stretch-wasm" content="([\w.-]+\.wasm)"/.exec(t);
    if (m) add(m[1]);
  }).catch(() => {});
}

/** h makes an element with properties and children (text is never HTML). */
function h(tag, props, ...kids) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
}

/** webgl2 reports whether this browser can draw with WebGL 2. */
function webgl2() {
  try {
    const gl = h('canvas').getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return !!gl;
  } catch {
    return false;
  }
}

/**
 * StretchRoutine is the <stretch-routine> element. Its API follows
 * HTMLMediaElement: play() (a Promise), pause(), next(), previous(),
 * restart(); read-only paused, ended, duration, state, stretch, breath
 * (null while getting into position); read-write currentTime and
 * playbackRate. Its events are bubbling CustomEvents.
 */
export class StretchRoutine extends HTMLElement {
  static observedAttributes = Object.keys(FIELDS);

  #box = h('div');
  #c; // validated settings
  #state = 'idle';
  #frame = null;
  #duration = NaN;
  #time = 0;
  #rate = 1;
  #stretch;
  #breath = null;
  #want = false; // should play once ready
  #seek = null; // seek to this once ready
  #seekAt = -1e9;
  #hidden = false;
  #waiters = [];
  #timer;
  #ac; // aborts this connection's listeners
  #io;
  #queued = false;

  constructor() {
    super();
    sheet ||= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(CSS);
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    root.append(this.#box);
  }

  connectedCallback() {
    this.#ac = new AbortController();
    const signal = this.#ac.signal;
    addEventListener('message', (e) => this.#onMessage(e), { signal });
    this.addEventListener('pointerover', prefetch, { signal });
    this.addEventListener('focusin', prefetch, { signal });
    this.#io = new IntersectionObserver((es) => {
      const hidden = !es.at(-1).isIntersecting;
      if (hidden !== this.#hidden) this.#send('visibility', (this.#hidden = hidden) ? 0 : 1);
    });
    this.#io.observe(this);
    this.#reset();
  }

  disconnectedCallback() {
    this.#ac.abort();
    this.#io.disconnect();
    clearTimeout(this.#timer);
    this.#frame = null;
    this.#box.replaceChildren();
    this.#settle(new DOMException('The element was removed', 'AbortError'));
    this.#state = 'idle';
  }

  attributeChangedCallback() {
    if (!this.#c || !this.isConnected || this.#queued) return; // connectedCallback reads them all
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (this.#frame) this.#reload();
      else if (this.isConnected) this.#reset();
    });
  }

  /** #reset reads the attributes and shows the facade. */
  #reset() {
    const c = this.#c = config(this), w = WORDS[c.lang], ids = idsOf(c);
    const accent = (c.accent || '#5b8a72').slice(1).replace(/^(.)(.)(.)$/, '$1$1$2$2$3$3').match(/../g).map((x) => parseInt(x, 16));
    const dark = ink(accent), s = this.#box.style;
    s.setProperty('--accent', hex(accent));
    s.setProperty('--ink', hex(dark));
    s.setProperty('--on', contrast(dark, [255, 255, 255]) >= 4.5 ? '#fff' : '#1d2623');
    this.#state = 'idle';
    this.#frame = null;
    this.#duration = NaN;
    this.#time = 0;
    this.#stretch = { index: 0, id: ids[0], title: w.names[IDS.indexOf(ids[0])] };
    this.#breath = null;
    this.#box.className = 'box';
    this.#box.lang = c.lang;

    const img = h('img', { alt: this.#stretch.title, src: new URL(`posters/${ids[0]}.svg`, BASE).href });
    img.onerror = () => img.remove();
    const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('aria-hidden', 'true');
    icon.append(document.createElementNS(icon.namespaceURI, 'path'));
    icon.firstChild.setAttribute('d', 'M8 5.6v12.8a.9.9 0 0 0 1.4.8l10-6.4a.9.9 0 0 0 0-1.6l-10-6.4A.9.9 0 0 0 8 5.6z');
    const btn = h('button', { type: 'button' }, icon, w.start);
    btn.setAttribute('aria-describedby', 'title sum');
    const facade = h('div', { className: 'facade' }, img,
      h('div', { className: 'card' },
        h('div', { className: 'text' },
          h('p', { className: 'title', id: 'title' }, w.title),
          h('p', { className: 'sum', id: 'sum' }, w.sum(ids.length, Math.max(1, Math.round(seconds(c) / 60))))),
        btn));
    facade.onclick = () => this.play().catch(() => {});
    this.#box.replaceChildren(facade);
  }

  /** #load replaces the facade with the player iframe, moving focus into it. */
  #load() {
    const c = this.#c, w = WORDS[c.lang];
    if (typeof WebAssembly !== 'object' || !webgl2()) return this.#fail('unsupported', 'WebAssembly or WebGL 2 is not available');
    const q = new URLSearchParams({ ...c, origin: location.origin, autoplay: 1 });
    const f = h('iframe', { title: w.label, src: `${PLAYER.href}?${q}` });
    f.setAttribute('allow', 'autoplay');
    f.addEventListener('load', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#state === 'loading' && this.#fail('timeout', 'The player did not start in time'), TIMEOUT);
    }, { signal: this.#ac.signal });
    this.#frame = f;
    this.#state = 'loading';
    this.#box.className = 'box';
    this.#box.replaceChildren(f, h('div', { className: 'load', role: 'status' }, h('i'), w.loading));
    f.focus({ preventScroll: true });
  }

  /** #reload restarts the player with the new settings, in the same place and play state. */
  #reload() {
    this.#want = this.#state === 'playing' || (this.#state === 'loading' && this.#want);
    this.#seek = this.#time;
    this.#c = config(this);
    this.#load();
  }

  #onMessage(e) {
    const d = e.data;
    if (!this.#frame || e.source !== this.#frame.contentWindow || e.origin !== ORIGIN ||
      d?.source !== SRC || d.kind !== 'event' || !EVENTS.includes(d.type)) return;
    const detail = { ...(typeof d.detail === 'object' ? d.detail : {}) };
    switch (d.type) {
      case 'ready':
        clearTimeout(this.#timer);
        this.#duration = +detail.duration;
        this.#box.querySelector('.load')?.remove();
        if (this.#state === 'loading') this.#state = 'ready';
        if (this.#seek != null) {
          this.#send('seek', this.#time = Math.min(this.#seek, this.#duration));
          this.#seekAt = performance.now();
        }
        this.#seek = null;
        if (this.#rate !== 1) this.#send('rate', this.#rate);
        if (!this.#want || this.#hidden) this.#send('pause');
        if (this.#hidden) this.#send('visibility', 0);
        break;
      case 'play':
        this.#state = 'playing';
        this.#want = true;
        this.#settle();
        break;
      case 'pause':
        if (this.#state !== 'ended') this.#state = 'paused';
        this.#want = false;
        break;
      case 'ended':
        this.#state = 'ended';
        this.#want = false;
        this.#time = this.#duration;
        break;
      case 'timeupdate': // after a seek, skip those from before it
        if (Math.abs(detail.currentTime - this.#time) <= 1 + this.#rate || performance.now() - this.#seekAt > 3000) {
          this.#time = +detail.currentTime || 0;
          this.#seekAt = -1e9;
        }
        break;
      case 'stretchchange':
        this.#stretch = { index: detail.index, id: detail.id, title: detail.title };
        this.#breath = null;
        break;
      case 'breathphase':
        this.#breath = { phase: detail.phase, index: detail.index, of: detail.of };
        break;
      case 'error':
        return this.#fail(String(detail.code || 'player-failed'), String(detail.message || ''));
    }
    this.#fire(d.type, detail);
  }

  #fire(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
  }

  /** #fail fires `error` and shows the routine as text and pictures. */
  async #fail(code, message) {
    if (this.#state === 'error') return;
    clearTimeout(this.#timer);
    this.#state = 'error';
    this.#frame = null;
    this.#settle(new Error(message));
    const c = this.#c, failed = WORDS[c.lang].failed;
    const focused = this.matches(':focus-within');
    const box = h('div', { className: 'fallback', tabIndex: -1 }, h('p', { className: 'msg' }, failed));
    this.#box.className = 'box error';
    this.#box.replaceChildren(box);
    this.#fire('error', { code, message });
    if (focused) box.focus();
    const onBook = (url) => this.#fire('bookingclick', { url });
    try {
      await (await import(new URL('fallback.js', BASE))).render(box, c, failed, BASE, onBook);
    } catch {
      const url = c['booking-url'];
      if (url) box.append(h('a', { href: url, target: '_blank', rel: 'noopener', onclick: () => onBook(url) }, c.clinic || 'IMMERSE Modern Massage'));
    }
  }

  /** #send posts a command to the player, once it is running. */
  #send(cmd, value) {
    if (this.#frame && this.#state !== 'loading') this.#frame.contentWindow?.postMessage({ source: SRC, kind: 'command', cmd, value }, ORIGIN);
  }

  #settle(err) {
    for (const [ok, no] of this.#waiters.splice(0)) err ? no(err) : ok();
  }

  /** play starts or resumes the routine, loading the player first if needed. */
  play() {
    if (!this.isConnected) return Promise.reject(new DOMException('The element is not in a document', 'InvalidStateError'));
    if (this.#state === 'error') return Promise.reject(new Error('The player could not start'));
    if (this.#state === 'playing') return Promise.resolve();
    const p = new Promise((ok, no) => this.#waiters.push([ok, no]));
    this.#want = true;
    if (this.#state === 'idle') this.#load();
    else this.#send('play');
    return p;
  }

  pause() {
    this.#want = false;
    this.#settle(new DOMException('pause() was called', 'AbortError'));
    this.#send('pause');
  }

  next() { this.#send('next'); }
  previous() { this.#send('previous'); }
  restart() { this.#send('restart'); }

  get state() { return this.#state; }
  get paused() { return this.#state !== 'playing'; }
  get ended() { return this.#state === 'ended'; }
  get duration() { return this.#duration; }
  get stretch() { return { ...this.#stretch }; }
  get breath() { return this.#breath && { ...this.#breath }; }
  get currentTime() { return this.#time; }
  get playbackRate() { return this.#rate; }

  set currentTime(t) {
    if (!(t >= 0 && t < Infinity)) throw new RangeError(`${SRC}: currentTime must be seconds from 0`);
    this.#time = t = Math.min(+t, this.#duration >= 0 ? this.#duration : Infinity);
    this.#seekAt = performance.now();
    if (!this.#frame || this.#state === 'loading') this.#seek = t;
    else this.#send('seek', t);
  }

  set playbackRate(r) {
    if (!(r >= 0.25 && r <= 16)) throw new RangeError(`${SRC}: playbackRate must be from 0.25 to 16`);
    this.#send('rate', this.#rate = +r);
  }
}

if (!customElements.get(SRC)) customElements.define(SRC, StretchRoutine);
