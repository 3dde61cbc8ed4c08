/**
 * <stretch-routine>: a guided upper-back stretching routine for any page.
 * A facade (poster, title, choices, Start) until the visitor starts. The
 * routine begins at the click: the element keeps its clock and shows the
 * first stretch while player.html loads in an iframe (embed-player.js),
 * then hands over. Attributes, API and events: the embed contract in
 * DESIGN.md; its numbers, words and rules come from contract.js, generated
 * from the Go model. If the player cannot run, fallback.js shows the
 * routine as text and pictures.
 */
import C from './contract.js';

const BASE = new URL('./', import.meta.url);
const SRC = 'stretch-routine';
const IDS = C.stretches.map((s) => s.id);

// Readers of outside text. Every lookup is in an array or a Map, never in
// a plain object, so names such as "constructor" find nothing.
const SPACE = `[${C.classes.space}]`;
const trimRE = new RegExp(`^${SPACE}+|${SPACE}+$`, 'gu');
const spacesRE = new RegExp(`${SPACE}+`, 'u');
const badClinicRE = new RegExp(`[<>${C.classes.control}${C.classes.format}]`, 'u');
const badTailRE = new RegExp(`[${C.classes.space}${C.classes.control}${C.classes.format}\\\\<>"\`{}|^]|%(?![\\da-fA-F]{2})`, 'u');
const hostRE = /^([\w-]+(\.[\w-]+)*\.?)(:([1-9]\d{0,4}))?$/;
const trim = (v) => v.replace(trimRE, '');
const lower = (v) => v.toLowerCase();
const oneOf = (...names) => (v) => names.includes(lower(v)) ? lower(v) : undefined;
const seconds = (x) => /^\d{1,2}(\.\d{1,9})?$/.test(x) ? +x : NaN;

/** READ maps each attribute to its reader: a trimmed, non-empty value to its normal form, or undefined. They apply anim.ParseConfig's rules. */
const READ = new Map([
  ['stretches', (v) => {
    const ids = v.split(',').map((s) => lower(trim(s))).filter(Boolean);
    return ids.length && ids.every((id, i) => IDS.includes(id) && ids.indexOf(id) === i) ? ids.join() : undefined;
  }],
  ['breath', (v) => {
    const preset = C.presets.find(([name]) => name === lower(v));
    const parts = (preset ? preset[1] : v).split('-').map((x) => seconds(trim(x)));
    const { min, max, step } = C.pattern;
    return parts.length === 4 && parts.every((x, i) => x >= min[i] && x <= max[i] && x % step === 0) ? parts.join('-') : undefined;
  }],
  ['breaths', (v) => /^\d\d?$/.test(v) && +v >= C.breaths[0] && +v <= C.breaths[1] ? String(+v) : undefined],
  ['clinic', (v) => {
    const s = v.toWellFormed().split(spacesRE).filter(Boolean).join(' ');
    const n = [...s].length;
    return n && n <= C.clinicMax && !badClinicRE.test(s) && /[\p{L}\p{Nd}]/u.test(s) ? s : undefined;
  }],
  ['booking-url', (v) => {
    const at = v.indexOf('://'), scheme = lower(v.slice(0, Math.max(at, 0))), rest = v.slice(at + 3);
    if (!/^https?$/.test(scheme) || [...v].length > C.bookingMax || !v.isWellFormed()) return;
    const end = rest.search(/[/?#]|$/), m = hostRE.exec(rest.slice(0, end));
    if (!m || +(m[4] || 0) > 65535 || badTailRE.test(rest.slice(end))) return;
    const url = `${scheme}://${rest}`;
    if (C.bookingHosts.length && !C.bookingHosts.some((h) => lower(h) === new URL(url).hostname)) return;
    return url;
  }],
  ['lang', (v) => C.langs.find((l) => new RegExp(`^${l}([-_]|$)`, 'i').test(v))],
  ['accent', (v) => /^#([\da-f]{3}){1,2}$/i.test(v) ? lower(v.length === 4 ? v.replace(/\w/g, '$&$&') : v) : undefined],
  ['sound', oneOf('on', 'off')],
  ['voice', oneOf('on', 'off')],
  ['haptics', oneOf('on', 'off')],
  ['booking-utm', oneOf('on', 'off')],
  ['motion', oneOf('full', 'reduced')],
]);

/** read returns attribute name's value v in normal form, or undefined when it is not accepted. */
export function read(name, v) {
  const r = READ.get(name);
  return r && (v = trim(String(v))) ? r(v) : undefined;
}

/** warn says in the console that attribute name's value raw is ignored, and what it accepts (from accepted.js, loaded only then). */
async function warn(name, raw) {
  const chars = [...raw];
  let accepted = 'a link to ' + C.bookingHosts.join(' or ');
  if (name !== 'booking-url' || !C.bookingHosts.length) accepted = new Map((await import(new URL('accepted.js', BASE))).default).get(name);
  console.warn(`${SRC}: ignoring ${name}=${JSON.stringify(chars.length > 64 ? chars.slice(0, 64).join('') + '…' : raw)}: expected ${accepted}; using the default`);
}

/** config reads el's attributes, warning about each one it ignores. */
function config(el) {
  const c = new Map();
  for (const name of READ.keys()) {
    const raw = el.getAttribute(name);
    if (raw === null || !trim(raw)) continue;
    const v = read(name, raw);
    if (v !== undefined) c.set(name, v);
    else warn(name, raw).catch(() => console.warn(`${SRC}: ignoring ${name}; using the default`));
  }
  if (!c.has('lang')) c.set('lang', read('lang', document.documentElement.lang) || C.defaults.lang);
  return c;
}

/** format fills each %s and %d in t with the next of args, as Go's fmt does. */
const format = (t, ...args) => t.replace(/%[sd]/g, () => args.shift());
/** plural picks the {one, other} form for n, as anim.Words does. */
const plural = (forms, n) => format(forms[n === 1 ? 0 : 1], n);
/** together keeps numbers with their words, as the player does. */
const together = (s) => s.replaceAll(' · ', '\xa0·\xa0').replace(/ (?=\d)|(?<=\d) /g, '\xa0');

/** routine lays out c's routine as anim.NewTimeline does: per stretch its id, start, setup and breaths. */
function routine(c) {
  const pattern = (c.get('breath') || C.defaults.breath).split('-').map(Number);
  const cycle = pattern.reduce((a, b) => a + b);
  let t = 0;
  const spans = (c.get('stretches') || IDS.join()).split(',').map((id) => {
    const i = IDS.indexOf(id), s = C.stretches[i];
    const span = { id, i, start: t, setup: s.setup, breaths: +c.get('breaths') || s.breaths };
    t += s.setup + span.breaths * cycle;
    return span;
  });
  return { spans, pattern, cycle, duration: t };
}

// WCAG 2.1 luminance and contrast, as anim/contrast.go.
const rgb = (hex) => hex.slice(1).match(/../g).map((x) => parseInt(x, 16));
const lum = (c) => c.reduce((s, v, i) => (v /= 255, s + [0.2126, 0.7152, 0.0722][i] * (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)), 0);
const contrast = (a, b) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
const scale = (c, k) => c.map((v) => Math.floor(v * k));
const hex = (c) => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');

/**
 * palette is what the widget makes of an accent colour (#rrggbb): ink, the
 * colour of its buttons and text; on, of a label on ink; soft, a pale tint;
 * and the contrast of the accent and of ink with the widget's background.
 * The embed builder shows it.
 */
export function palette(accent) {
  const a = rgb(accent), k = ink(a), bg = rgb(C.colors.background);
  return {
    accent: hex(a), ink: hex(k), on: contrast(k, [255, 255, 255]) >= C.minContrast ? '#ffffff' : C.colors.onLight,
    soft: hex(a.map((v) => Math.round(v * 0.14 + 219))), accentContrast: contrast(a, bg), inkContrast: contrast(k, bg),
  };
}

/** ink is the accent darkened just enough for AA contrast on the background (anim.AccentInk). */
function ink(accent) {
  const bg = rgb(C.colors.background);
  let lo = 0, hi = 1;
  if (contrast(accent, bg) >= C.minContrast) return accent;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    contrast(scale(accent, mid), bg) >= C.minContrast ? lo = mid : hi = mid;
  }
  return scale(accent, lo);
}

// The facade and the start view share the player's grid (player.css):
// the figure where the player will draw it, the words beside or below.
const CSS = `
:host{all:initial;display:block;contain:layout style;container-type:inline-size;color:#24302c;
font:16px/1.45 var(--stretch-routine-font,system-ui,sans-serif)}
:host([hidden]){display:none}
*{box-sizing:border-box}
.box{--pad:clamp(10px,2.6cqw,20px);--side:clamp(270px,36cqw,380px);position:relative;overflow:hidden;
height:min(clamp(380px,62cqw,var(--stretch-routine-max-height,640px)),100svh);
border-radius:var(--stretch-routine-radius,16px);background:#f7f4ef;
box-shadow:var(--stretch-routine-shadow,0 1px 2px #2a201514,0 8px 28px #2a20151a)}
@container (max-width:559px){.box{height:min(clamp(460px,150cqw,680px),100svh)}}
.box>*{position:absolute;inset:0;width:100%;height:100%;border:0}
.view{display:grid;padding:var(--pad);gap:var(--pad);background:#f7f4ef;
grid-template:"stage side" minmax(0,1fr) "stage bar" 64px/minmax(0,1fr) var(--side)}
@container (max-width:559px){.view{grid-template:"stage" calc(48% - var(--pad))"side" minmax(0,1fr)"bar" 64px/minmax(0,1fr)}}
.stage{grid-area:stage;width:100%;height:100%;min-height:0;object-fit:contain}
.side{grid-area:side;display:flex;flex-direction:column;justify-content:center;gap:12px;min-width:0}
.bar{grid-area:bar;display:flex;align-items:center}
p{margin:0}
.title{font-size:clamp(1.25rem,1.6cqw + .9rem,1.75rem);font-weight:650;line-height:1.2;overflow-wrap:anywhere}
.sum,legend,.count{color:#55625d}.count{font-size:.8125rem;font-weight:600;letter-spacing:.04em;text-transform:uppercase}
fieldset{display:flex;flex-wrap:wrap;gap:8px;margin:0;padding:0;border:0}legend{padding:0;margin-bottom:6px;font-size:.875rem}
button{font:inherit;min-height:44px;border-radius:999px;cursor:pointer}
.choice{padding:0 16px;border:1px solid #d5cdc1;background:#fffdfa;color:#24302c}
.choice[aria-pressed=true]{border-color:var(--ink);background:var(--soft);color:var(--ink);font-weight:600}
.start{flex:1;max-width:320px;display:inline-flex;align-items:center;justify-content:center;gap:10px;min-height:52px;
padding:0 30px 0 24px;border:0;background:var(--ink);color:var(--on);font-weight:650;font-size:1.125rem}
svg{width:20px;height:20px;fill:currentColor}
:focus-visible{outline:3px solid var(--ink);outline-offset:3px}
.now{display:flex;align-items:center;gap:14px}
.ring{flex:none;width:clamp(64px,14cqw,124px);aspect-ratio:1;border-radius:50%;background:var(--soft);border:3px solid var(--accent)}
.caption{font-size:clamp(1.375rem,2.4cqw + .6rem,2.125rem);font-weight:650;line-height:1.15}
.progress{height:4px;border-radius:2px;background:#e2dbd0;overflow:hidden}.progress i{display:block;height:100%;width:0;background:var(--accent)}
.start-view{z-index:1;transition:opacity .4s}.gone{opacity:0;pointer-events:none}
`;
let sheet;

/** h makes an element with properties and children (text is never HTML). */
function h(tag, props, ...kids) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
}

/** icon is the play triangle. */
function icon() {
  const s = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  s.setAttribute('viewBox', '0 0 24 24');
  s.setAttribute('aria-hidden', 'true');
  s.append(document.createElementNS(s.namespaceURI, 'path'));
  s.firstChild.setAttribute('d', 'M8 5.6v12.8a.9.9 0 0 0 1.4.8l10-6.4a.9.9 0 0 0 0-1.6l-10-6.4A.9.9 0 0 0 8 5.6z');
  return s;
}

/** words loads the words of lang (words.<lang>.js), once per page. */
const WORDS = new Map();
const words = (lang) => WORDS.get(lang) || WORDS.set(lang, import(new URL(`words.${lang}.js`, BASE).href).then((m) => m.default)).get(lang);

/** more loads the rest of the element (the player's iframe and its messages), once. */
let more;
const rest = () => more ||= import(new URL('embed-player.js', BASE).href);
/** painted resolves once the next frame has been drawn (or soon, in a hidden page, which draws none). */
const painted = () => new Promise((r) => { requestAnimationFrame(() => setTimeout(r)); setTimeout(r, 100); });

/** finite returns x as a number, or throws a TypeError as a media element does. */
function finite(x, what) {
  if (!Number.isFinite(x = Number(x))) throw new TypeError(`${SRC}: ${what} must be a finite number`);
  return x;
}

/**
 * StretchRoutine is the <stretch-routine> element. Its API follows
 * HTMLMediaElement: play() (a Promise), pause(), next(), previous(),
 * restart(); read-only paused, ended, duration, state, stretch, breath
 * (null while getting into position), fullscreen; read-write currentTime
 * and playbackRate. Its events are bubbling CustomEvents.
 */
export class StretchRoutine extends HTMLElement {
  static observedAttributes = [...READ.keys()];

  #box = h('div');
  #c; // validated settings, a Map
  #r; // the routine, laid out
  #w = null; // the words of the routine's language, once loaded
  #wp; // the promise of them
  #state = 'idle';
  #paused = true;
  #player = null; // embed-player.js's controller, once loaded
  #warm = null; // a warmed player, not begun: the promise of its controller
  #loads = 0; // counts loads, so that a late one is dropped
  #view = null; // the start view, over the loading player
  #caption;
  #duration = NaN;
  #time = 0;
  #rate = 1;
  #clock = null; // {at, from}: the routine's clock until the player is ready
  #stretch;
  #breath = null;
  #sync = false; // the routine began at the click: hand over by sync, not seek
  #want = false; // should play once ready
  #choice = null; // the visitor's choice on the facade, once made
  #hidden = false;
  #fullscreen = false;
  #waiters = [];
  #tick;
  #ac; // aborts this connection's listeners
  #io;
  #queued = false;
  #moved = null; // where the routine was when the element left the document

  constructor() {
    super();
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS);
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
    this.shadowRoot.append(this.#box);
  }

  connectedCallback() {
    this.#ac = new AbortController();
    const signal = this.#ac.signal;
    this.addEventListener('pointerover', this.#intent, { signal });
    this.addEventListener('focusin', this.#intent, { signal });
    this.#io = new IntersectionObserver((es) => {
      const hidden = !es.at(-1).isIntersecting && !this.#fullscreen;
      if (hidden !== this.#hidden) this.#send('visibility', (this.#hidden = hidden) ? 0 : 1);
    });
    this.#io.observe(this);
    const moved = this.#moved;
    this.#moved = null;
    this.#reset();
    if (moved) {
      // Moved in the page, or put back: pick up where it was.
      this.#time = moved.time;
      this.#rate = moved.rate;
      if (moved.playing) this.play().catch(() => {});
      else this.#moved2 = moved;
    }
  }

  // Moved with moveBefore(): the iframe keeps running, nothing to do.
  connectedMoveCallback() {}

  disconnectedCallback() {
    const live = this.#player || this.#clock;
    this.#moved = live && { time: this.currentTime, rate: this.#rate, playing: !this.#paused };
    this.#stop();
    this.#ac.abort();
    this.#io.disconnect();
    this.#settle(new DOMException('The element was removed', 'AbortError'));
    queueMicrotask(() => {
      // Still out of the document: removed, and the routine stopped. Put
      // back later, it offers to resume.
      if (this.isConnected || !this.#moved?.playing) return;
      this.#moved.playing = false;
      this.#setPaused(true);
    });
  }

  attributeChangedCallback() {
    if (!this.#c || !this.isConnected || this.#queued) return; // connectedCallback reads them all
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (!this.isConnected) return;
      if (this.#player || this.#clock) this.#reload();
      else this.#reset();
    });
  }

  /**
   * #intent warms the player when the visitor shows intent (the pointer
   * over the element, or focus in it): out of sight, it downloads and
   * compiles, and waits for Start.
   */
  #intent = () => {
    if (this.#state !== 'idle' || this.#warm || !this.#w || typeof WebAssembly !== 'object') return;
    const n = this.#loads, q = new URLSearchParams({ warm: 1, lang: this.#c.get('lang'), origin: location.origin });
    const warm = this.#warm = rest().then(async ({ attach }) => (n === this.#loads && this.#warm === warm) ? attach({
      box: this.#box, title: this.#w.label, src: `${new URL('player.html', BASE)}?${q}`, warm: true,
      event() {}, status() {},
      // A warm player that fails is dropped: Start loads one anew.
      fail: () => n === this.#loads && this.#warm === warm && this.#unwarm(),
    }) : null).catch(() => null);
  };

  /** #unwarm drops the warmed player, if any. */
  #unwarm() {
    const w = this.#warm;
    this.#warm = null;
    w?.then((p) => p?.teardown());
  }

  /** #stop leaves nothing running: no iframe, listener, timer, pin, sound or speech. */
  #stop() {
    clearTimeout(this.#tick);
    this.#unwarm();
    this.#player?.teardown();
    this.#player = null;
    this.#loads++;
    this.#view = this.#clock = null;
    this.#box.replaceChildren();
  }

  /** #reset reads the attributes and shows the facade. */
  #reset() {
    this.#stop();
    const c = this.#c = config(this), p = palette(c.get('accent') || C.defaults.accent), s = this.#box.style;
    this.#r = routine(c);
    for (const k of ['accent', 'ink', 'soft', 'on']) s.setProperty(`--${k}`, p[k]);
    this.#state = 'idle';
    this.#duration = NaN;
    this.#time = 0;
    this.#paused = true;
    this.#stretch = this.#stretchAt(0);
    this.#breath = null;
    this.#box.className = 'box';
    this.#box.lang = c.get('lang');
    // The poster at once; the words as soon as they are here.
    this.#box.replaceChildren(h('div', { className: 'view' }, this.#poster()));
    const n = this.#loads, wp = this.#wp = words(c.get('lang'));
    this.#w = null;
    wp.then((w) => {
      if (n !== this.#loads || wp !== this.#wp) return;
      this.#w = w;
      this.#stretch = this.#stretchAt(this.#stretch.index);
      if (this.#state === 'idle') this.#facade(this.#moved2);
    }, () => this.#fail('load-failed', 'The words did not load'));
  }

  #moved2 = null; // where a moved routine was, until the facade shows it

  get #words() { return this.#w; }

  /** #stretchAt is the stretch property's value for stretch i of the routine. */
  #stretchAt(i) {
    const sp = this.#r.spans[i];
    return { index: i, id: sp.id, title: this.#w?.titles[sp.i] || '' };
  }

  /** #poster is the routine's first moment, drawn where the player will draw it. */
  #poster() {
    const img = h('img', { className: 'stage', alt: '', src: new URL(`posters/start-${this.#r.spans[0].id}.svg`, BASE).href });
    img.onerror = () => img.removeAttribute('src');
    return img;
  }

  /** #facade shows the poster, the title, the choices and Start (or Resume after a move). */
  #facade(moved) {
    const w = this.#words, t = w.templates, r = this.#r;
    const choice = this.#choice || { voice: this.#c.get('voice') === 'on', sound: this.#c.get('sound') === 'on', haptics: this.#c.get('haptics') === 'on' };
    const toggle = (key, label) => {
      const b = h('button', { type: 'button', className: 'choice' }, label);
      b.ariaPressed = !!choice[key];
      b.onclick = (e) => {
        e.stopPropagation();
        b.ariaPressed = choice[key] = !choice[key];
        this.#choice = choice;
      };
      return b;
    };
    // Where a moved routine was, from its clock (the player's events may
    // lag): the stretch, and the breath or getting into position.
    const sp = moved && r.spans[this.#indexAt(moved.time)], k = moved && (moved.time - sp.start - sp.setup) / r.cycle;
    const detail = moved ? format(k >= 0 ? t.ResumeBreath : t.ResumeSetup, w.titles[sp.i], Math.min(k | 0, sp.breaths - 1) + 1, sp.breaths)
      : format(t.Summary, plural(t.Stretches, r.spans.length), plural(t.AboutMinutes, Math.max(1, Math.round(r.duration / 60))));
    const start = h('button', { type: 'button', className: 'start' }, icon(), moved ? w.resume : w.start);
    start.setAttribute('aria-describedby', 'title sum');
    start.onclick = () => this.play().catch(() => {});
    this.#box.replaceChildren(h('div', { className: 'view' }, this.#poster(),
      h('div', { className: 'side' },
        h('p', { className: 'title', id: 'title' }, w.title),
        h('p', { className: 'sum', id: 'sum' }, together(detail)),
        h('fieldset', {}, h('legend', {}, w.eyesClosed), toggle('voice', w.voice), toggle('sound', w.tones),
          ...('vibrate' in navigator ? [toggle('haptics', w.vibration)] : []))),
      h('div', { className: 'bar' }, start)));
  }

  /** #load shows the start view and loads the player under it. */
  #load() {
    const c = this.#c, w = this.#words, i = this.#stretch.index;
    // Making a WebGL context to try it can take a second: the player tries
    // it, while its wasm downloads. Here, only what costs nothing.
    if (typeof WebAssembly !== 'object' || typeof WebGL2RenderingContext !== 'function') return this.#fail('unsupported', 'WebAssembly or WebGL 2 is not available');
    this.#state = 'loading';
    this.#box.className = 'box';
    const pause = h('button', { type: 'button', className: 'start' }, icon(), w.pause);
    pause.onclick = () => this.#paused ? this.play().catch(() => {}) : this.pause();
    this.#caption = h('p', { className: 'caption' });
    // The facade's poster stays as it is (drawn already): only the words change.
    this.#view = h('div', { className: 'view start-view', role: 'status' }, this.#box.querySelector('.stage') || this.#poster(),
      h('div', { className: 'side' },
        h('p', { className: 'title' }, this.#stretch.title),
        h('div', { className: 'now' }, h('div', { className: 'ring' }), this.#caption),
        h('p', {}, w.firstSteps[this.#r.spans[i].i]),
        h('div', { className: 'progress', role: 'progressbar', ariaLabel: w.loading }, h('i'))),
      h('div', { className: 'bar' }, pause));
    // A warmed player's frame stays where it is (moving it would load it anew).
    for (const e of [...this.#box.children]) if (e.localName !== 'iframe') e.remove();
    this.#box.append(this.#view);
    pause.focus({ preventScroll: true });
    this.#show();
    const q = new URLSearchParams(c);
    // begun: the player shows the routine and waits for sync (the routine
    // began at the click) or seek (it picks up a place). A page with no
    // origin that can be named (file://, a sandboxed frame) sends "null".
    q.set('begun', 1);
    q.set('origin', location.origin);
    q.set('session', Math.random()); // unique enough to tell this page's widgets apart
    if (this.#choice) q.set('choice', ['voice', 'sound', 'haptics'].filter((k) => this.#choice[k]).join());
    const n = ++this.#loads;
    // The rest of the element may not come either (a network gone away).
    const late = setTimeout(() => n === this.#loads && !this.#player && this.#fail('timeout', 'The player did not start in time'), 20000);
    const handlers = {
      title: w.label,
      event: (type, detail) => n === this.#loads && this.#event(type, detail),
      status: (type, detail) => n === this.#loads && this.#status(type, detail),
      fail: (code, message) => n === this.#loads && this.#fail(code, message),
    };
    const warm = this.#warm;
    this.#warm = null;
    (warm || Promise.resolve(null)).then(async (p) => {
      const { attach } = p ? {} : await rest();
      // The player's page and Go share this thread: the start view is drawn first.
      await painted();
      clearTimeout(late);
      if (n !== this.#loads) return p?.teardown();
      if (p) p.begin(q.toString(), handlers);
      else p = attach({ box: this.#box, src: `${new URL('player.html', BASE)}?${q}`, ...handlers });
      this.#player = p;
    }).catch((e) => n === this.#loads && this.#fail('load-failed', String(e)));
  }

  /** #show brings the start view up to date with the routine's clock, each second. */
  #show() {
    clearTimeout(this.#tick);
    if (!this.#view) return;
    const w = this.#words, t = this.currentTime, r = this.#r, sp = r.spans[this.#stretch.index];
    let word = w.getIntoPosition, left = sp.setup - (t - sp.start);
    if (this.#sync && left <= 0) {
      // Breathing already: the pattern's phases, until the player takes over.
      let u = -left % r.cycle;
      for (let k = 0; k < 4; k++, u -= r.pattern[k - 1]) {
        if (u < r.pattern[k]) {
          word = [w.breatheIn, w.hold, w.breatheOut, w.rest][k];
          left = r.pattern[k] - u;
          break;
        }
      }
    }
    this.#caption.textContent = this.#sync ? together(format(w.templates.Caption, word, Math.max(0, Math.ceil(left)))) : w.loading;
    this.#view.querySelector('.bar button').lastChild.textContent = this.#paused ? w.play : w.pause;
    if (this.#clock && !this.#paused) this.#tick = setTimeout(() => this.#show(), 1000 - (t * 1000 / this.#rate) % 1000);
  }

  /** #reload restarts the player with the new settings, in the same place and play state. */
  #reload() {
    const time = this.currentTime, want = !this.#paused;
    this.#stop();
    const c = this.#c = config(this), n = this.#loads;
    this.#r = routine(c);
    this.#time = Math.min(time, this.#r.duration);
    this.#want = want;
    this.#sync = false;
    this.#box.lang = c.get('lang');
    (this.#wp = words(c.get('lang'))).then((w) => {
      if (n !== this.#loads) return;
      this.#w = w;
      this.#stretch = this.#stretchAt(this.#indexAt(this.#time));
      this.#load();
    }, () => this.#fail('load-failed', 'The words did not load'));
  }

  /** #event handles one of the contract's events from the player. */
  #event(type, detail) {
    switch (type) {
      case 'ready':
        return this.#ready(detail);
      case 'play':
      case 'pause':
        this.#want = type === 'play';
        return this.#setPaused(type === 'pause');
      case 'ended':
        this.#state = 'ended';
        this.#time = this.#duration;
        this.#setPaused(true);
        break;
      case 'timeupdate':
        this.#time = +detail.currentTime || 0;
        break;
      case 'stretchchange':
        this.#stretch = { index: +detail.index, id: String(detail.id), title: String(detail.title) };
        this.#breath = null;
        break;
      case 'breathphase':
        this.#breath = { phase: String(detail.phase), index: +detail.index, of: +detail.of };
        break;
      case 'error':
        return this.#fail(String(detail.code || 'player-failed'), String(detail.message || ''));
    }
    if (C.events.includes(type)) this.#fire(type, detail);
  }

  /** #status handles the player's messages that are not events. */
  #status(type, detail) {
    if (type === 'progress') this.#view?.querySelector('i')?.style.setProperty('width', `${Math.round(detail.fraction * 100) || 0}%`);
    if (type === 'fullscreen') this.#fullscreen = !!detail.on;
  }

  /** #ready hands the routine from the element's clock to the player. */
  #ready(detail) {
    performance.mark('stretch:ready');
    this.#duration = +detail.duration;
    this.#state = 'paused';
    this.#send('rate', this.#rate);
    this.#send(this.#sync ? 'sync' : 'seek', this.#time = Math.min(this.currentTime, this.#duration));
    this.#clock = null;
    if (this.#want && !this.#hidden) this.#send('play');
    else {
      this.#want = false;
      this.#setPaused(true);
    }
    if (this.#hidden) this.#send('visibility', 0);
    const view = this.#view, focused = this.matches(':focus-within');
    this.#view = null;
    clearTimeout(this.#tick);
    view?.classList.add('gone');
    setTimeout(() => view?.remove(), 400);
    if (focused) this.#player.frame.focus({ preventScroll: true });
    this.#fire('ready', detail);
  }

  /** #setPaused records whether the routine is paused, firing play or pause when that changes. */
  #setPaused(p) {
    if (this.#state === 'playing' || this.#state === 'paused' || (this.#state === 'ended' && !p)) this.#state = p ? 'paused' : 'playing';
    if (!p) this.#settle();
    if (p === this.#paused) return;
    this.#paused = p;
    this.#fire(p ? 'pause' : 'play', {});
  }

  #fire(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
  }

  /** #fail fires error and shows the routine as text and pictures, with a way to try again. */
  async #fail(code, message) {
    if (this.#state === 'error') return;
    const time = this.currentTime, focused = this.matches(':focus-within');
    this.#stop();
    this.#time = time;
    this.#setPaused(true);
    this.#state = 'error';
    this.#fullscreen = false;
    this.#settle(new Error(message));
    const c = this.#c, w = this.#words;
    const again = h('button', { type: 'button', className: 'choice' }, w.tryAgain);
    again.onclick = () => this.play().catch(() => {});
    const box = h('div', { className: 'fallback', tabIndex: -1 }, h('p', { className: 'msg' }, w.loadFailed), again);
    this.#box.className = 'box error';
    this.#box.replaceChildren(box);
    this.#fire('error', { code, message });
    if (focused) box.focus();
    const onBook = (url) => this.#fire('bookingclick', { url, completed: false });
    try {
      await (await import(new URL('fallback.js', BASE))).render(box, c, this.#r.spans.map((s) => s.id), BASE, onBook);
    } catch {
      const url = c.get('booking-url');
      if (url) box.append(h('a', { href: url, target: '_blank', rel: 'noopener', onclick: () => onBook(url) }, format(w.templates.Book, c.get('clinic') || C.defaults.clinic)));
    }
  }

  /** #send posts a command to the player, once it is ready. */
  #send(cmd, value) {
    if (this.#state !== 'loading') this.#player?.send(cmd, value);
  }

  #settle(err) {
    for (const [ok, no] of this.#waiters.splice(0)) err ? no(err) : ok();
  }

  /** #indexAt is the index of the stretch at routine time t. */
  #indexAt(t) {
    let i = 0;
    while (i + 1 < this.#r.spans.length && this.#r.spans[i + 1].start <= t) i++;
    return i;
  }

  /** play starts or resumes the routine, loading the player first if needed. */
  play() {
    if (!this.isConnected) return Promise.reject(new DOMException('The element is not in a document', 'InvalidStateError'));
    if (this.#state === 'playing') return Promise.resolve();
    if (!this.#w) return this.#wp.then(() => this.play());
    this.#moved2 = null;
    const p = new Promise((ok, no) => this.#waiters.push([ok, no]));
    this.#want = true;
    if (this.#state === 'idle' || this.#state === 'error') {
      // From the start, the routine begins now and its clock runs here
      // until the player is ready; otherwise the player picks up a place
      // (trying again, or a moved routine).
      this.#sync = !this.#time;
      this.#stretch = this.#stretchAt(this.#indexAt(this.#time));
      this.#clock = this.#sync ? { at: performance.now(), from: 0 } : null;
      this.#state = 'idle';
      this.#load();
      if (this.#sync) {
        performance.mark('stretch:started');
        this.#setPaused(false);
        this.#fire('stretchchange', { ...this.#stretch });
      }
    } else if (this.#state === 'loading') {
      if (!this.#paused) this.#settle();
      if (this.#clock && this.#paused) {
        this.#clock = { at: performance.now(), from: this.#clock.from };
        this.#setPaused(false);
        this.#show();
      }
    } else this.#send('play');
    return p;
  }

  pause() {
    this.#want = false;
    this.#settle(new DOMException('pause() was called', 'AbortError'));
    if (this.#clock && !this.#paused) {
      this.#clock = { at: performance.now(), from: this.currentTime };
      this.#setPaused(true);
      this.#show();
    }
    this.#send('pause');
  }

  next() { this.#send('next'); }
  previous() { this.#send('previous'); }
  restart() { this.#send('restart'); }

  get state() { return this.#state; }
  get paused() { return this.#paused; }
  get ended() { return this.#state === 'ended'; }
  get duration() { return this.#duration; }
  get stretch() { return { ...this.#stretch }; }
  get breath() { return this.#breath && { ...this.#breath }; }
  get fullscreen() { return this.#fullscreen; }
  get playbackRate() { return this.#rate; }

  get currentTime() {
    const c = this.#clock;
    return c ? Math.min(c.from + (this.#paused ? 0 : (performance.now() - c.at) / 1000 * this.#rate), this.#r.duration) : this.#time;
  }

  set currentTime(t) {
    t = Math.min(Math.max(finite(t, 'currentTime'), 0), this.#duration >= 0 ? this.#duration : this.#r.duration);
    if (this.#clock) {
      // Not ready yet: the player will pick up there instead.
      this.#clock = null;
      this.#sync = false;
    }
    this.#time = t;
    this.#send('seek', t);
  }

  set playbackRate(r) {
    r = Math.min(Math.max(finite(r, 'playbackRate'), C.rate[0]), C.rate[1]);
    if (this.#clock) this.#clock = { at: performance.now(), from: this.currentTime };
    this.#send('rate', this.#rate = r);
  }
}

if (!customElements.get(SRC)) customElements.define(SRC, StretchRoutine);
