/**
 * The embed builder: a form for every attribute of <stretch-routine>, a
 * live preview of the real widget, and three snippets to copy. Each value
 * is judged by the widget's own reader (embed.js's read) and explained in
 * the widget's own words (accepted.js); a value the widget would ignore
 * reaches neither the preview nor a snippet, and the page says so. What is
 * typed is only ever set as text or as an attribute, never as markup.
 */
import C from './contract.js';
import accepted from './accepted.js';
import { read, palette } from './embed.js';
import * as snippet from './builder-snippets.js';

const WORDS = new Map(await Promise.all(C.langs.map(async (l) => [l, (await import(`./words.${l}.js`)).default])));
const words = (lang) => WORDS.get(lang) || WORDS.get(C.defaults.lang);
const ACCEPTED = new Map(accepted);
const IDS = C.stretches.map((s) => s.id);
const EMBED = new URL('embed.js', location).href;
const PLAYER = new URL('player.html', location).href;

const $ = (id) => document.getElementById(id);
const list = $('stretches'), preview = $('preview'), breath = $('breath');
const phases = ['breath-in', 'breath-hold', 'breath-out', 'breath-rest'].map($);

/** h makes an element with properties and children (text is never markup). */
function h(tag, props = {}, ...kids) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
}

/** icon is an SVG of one path, hidden from assistive technology. */
function icon(d) {
  const s = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  s.setAttribute('viewBox', '0 0 24 24');
  s.setAttribute('aria-hidden', 'true');
  s.append(document.createElementNS(s.namespaceURI, 'path'));
  s.firstChild.setAttribute('d', d);
  return s;
}

/** seconds writes a number of seconds without a needless ".0". */
const seconds = (s) => String(Math.round(s * 10) / 10);

/** describe says a pattern a-b-c-d in words: "in 4 s · out 6 s". */
const describe = (pattern) => pattern.split('-').map(Number)
  .map((s, i) => s && `${['in', 'hold', 'out', 'hold'][i]} ${seconds(s)} s`).filter(Boolean).join(' · ');

// ---- The form's choices, from the contract.

const PRESET_NAMES = new Map([['calm', 'Calm'], ['box', 'Box'], ['478', '4-7-8'], ['coherent', 'Coherent']]);
const LANG_NAMES = new Map([['en', 'English'], ['es', 'Español']]);
const defaultPreset = C.presets.find(([, p]) => p === C.defaults.breath);
breath.append(
  h('option', { value: '' }, `${PRESET_NAMES.get(defaultPreset?.[0]) || 'Default'}: ${describe(C.defaults.breath)} (default)`),
  ...C.presets.filter((p) => p !== defaultPreset).map(([name, p]) => h('option', { value: name }, `${PRESET_NAMES.get(name) || name}: ${describe(p)}`)),
  h('option', { value: 'custom' }, 'Your own pattern…'));
phases.forEach((input, i) => Object.assign(input, { min: C.pattern.min[i], max: C.pattern.max[i], step: C.pattern.step }));
$('lang').append(h('option', { value: '' }, 'Your page’s language'),
  ...C.langs.map((l) => h('option', { value: l }, LANG_NAMES.get(l) || l)));

const ownBreaths = C.stretches.map((s) => s.breaths);
Object.assign($('breaths'), { min: C.breaths[0], max: C.breaths[1], placeholder: `${Math.min(...ownBreaths)}-${Math.max(...ownBreaths)}` });
$('breaths-hint').textContent = `${C.breaths[0]} to ${C.breaths[1]}. Empty: each stretch’s own number, ${Math.min(...ownBreaths)} to ${Math.max(...ownBreaths)}.`;
$('clinic').placeholder = C.defaults.clinic;
$('clinic-hint').textContent = `Named on the Book button at the end. Empty: ${C.defaults.clinic}.`;
$('booking-utm-hint').textContent = `Adds utm_source=${C.utm.source}, utm_medium=${C.utm.medium} and utm_campaign=${C.utm.campaign} to the booking link.`;
$('accent').placeholder = C.defaults.accent;
$('accent-picker').value = C.defaults.accent;
$('accent-hint').textContent = `As #rgb or #rrggbb. Empty: the widget’s sage, ${C.defaults.accent}.`;
$('contrast-start').textContent = words('en').start;

// ---- The stretches: each included or not, moved up or down by buttons.

const UP = 'M6 15l6-6 6 6', DOWN = 'M6 9l6 6 6-6';
for (const [i, id] of IDS.entries()) {
  const title = words('en').titles[i];
  const box = h('input', { type: 'checkbox', id: `stretch-${id}`, checked: true });
  box.setAttribute('aria-describedby', 'stretches-msg');
  const move = (dir, d, what) => {
    const b = h('button', { type: 'button', className: `move ${what}`, title: `Move ${what}` }, icon(d));
    b.setAttribute('aria-label', `Move ${title} ${what}`);
    b.addEventListener('click', () => moveStretch(b.closest('li'), dir));
    return b;
  };
  const li = h('li', { className: 'stretch' }, box, h('label', { htmlFor: box.id }, title),
    h('span', { className: 'moves' }, move(-1, UP, 'up'), move(1, DOWN, 'down')));
  li.dataset.id = id;
  list.append(li);
}

/** moveStretch moves li one place up (dir -1) or down (1). Its neighbour moves round it, so li, and the button pressed, keep the focus. */
function moveStretch(li, dir) {
  const other = dir < 0 ? li.previousElementSibling : li.nextElementSibling;
  if (!other) return;
  if (dir < 0) li.after(other);
  else li.before(other);
  const items = [...list.children];
  announce(`${li.querySelector('label').textContent}: ${items.indexOf(li) + 1} of ${items.length}.`);
  refresh();
}

/** markEnds says which buttons cannot move their stretch further (aria-disabled, so that they keep the focus). */
function markEnds() {
  const items = [...list.children];
  items.forEach((li, i) => {
    li.querySelector('.up').setAttribute('aria-disabled', String(i === 0));
    li.querySelector('.down').setAttribute('aria-disabled', String(i === items.length - 1));
  });
}

// ---- The fields, in the order their attributes appear in the snippets.

/** value reads a number input; what the browser cannot read as a number stays wrong. */
const number = (input) => input.validity.badInput ? '?' : input.value;
const checkbox = (id) => ({ name: id, inputs: () => [$(id)], raw: () => $(id).checked ? 'on' : '' });

/**
 * FIELDS: for each attribute, its label, its inputs, its raw value as
 * typed, and what is marked when the widget would ignore it. keep: an
 * empty value is a mistake, not the default. shown: the value the
 * snippet shows for a raw value the widget reads as v.
 */
const FIELDS = [
  {
    name: 'stretches', label: 'Stretches', keep: true, def: IDS.join(),
    inputs: () => [...list.querySelectorAll('input')],
    raw: () => [...list.children].filter((li) => li.querySelector('input').checked).map((li) => li.dataset.id).join(),
  },
  {
    name: 'breath', label: 'Breathing pattern', def: C.defaults.breath,
    inputs: () => [breath, ...phases],
    raw: () => breath.value === 'custom' ? phases.map(number).join('-') : breath.value,
    wrong: () => breath.value !== 'custom' ? [breath] : phases.filter((p) => !p.validity.valid).length ? phases.filter((p) => !p.validity.valid) : phases,
    shown: (raw, v) => C.presets.some(([name]) => name === raw) ? raw : v,
  },
  { name: 'breaths', label: 'Breaths per stretch', inputs: () => [$('breaths')], raw: () => number($('breaths')) },
  { name: 'clinic', label: 'Clinic name', def: C.defaults.clinic, inputs: () => [$('clinic')], raw: () => $('clinic').value },
  { name: 'booking-url', label: 'Booking link', inputs: () => [$('booking-url')], raw: () => $('booking-url').value },
  { ...checkbox('booking-utm'), label: 'Tag booking visits' },
  { name: 'lang', label: 'Language', inputs: () => [$('lang')], raw: () => $('lang').value },
  { name: 'accent', label: 'Accent colour', def: C.defaults.accent, inputs: () => [$('accent')], raw: () => $('accent').value },
  { ...checkbox('voice'), label: 'Spoken cues' },
  { ...checkbox('sound'), label: 'Soft tones' },
  { ...checkbox('haptics'), label: 'Vibration' },
  { name: 'motion', label: 'Motion', inputs: () => [$('motion')], raw: () => $('motion').value },
];

/** acceptedBy is what the widget accepts for attribute name, in its own words (as its console warning says it). */
const acceptedBy = (name) => name === 'booking-url' && C.bookingHosts.length ? 'a link to ' + C.bookingHosts.join(' or ') : ACCEPTED.get(name);

/** problem is what the page says of a value the widget would ignore. */
const problem = (f) => `The widget would ignore this: it expects ${acceptedBy(f.name)}. The snippets leave ${f.name} out until you fix it.`;

/** judge reads every field as the widget would: the attributes to use, in order, and the fields it would ignore. */
function judge() {
  const attrs = [], wrong = [];
  for (const f of FIELDS) {
    const raw = f.raw(), v = read(f.name, raw);
    if (v === undefined) {
      if (f.keep || raw.trim() !== '') wrong.push(f);
    } else if (v !== f.def) attrs.push([f.name, f.shown ? f.shown(raw, v) : v]);
  }
  return { attrs, wrong };
}

// ---- What the page shows: messages, the contrast, the snippets, the preview.

const shown = new Map(); // attribute → whether its value was shown as accepted
const changed = new Set();
let told;

/** mark shows, next to each field, whether the widget accepts its value; changes are announced once typing pauses. */
function mark(wrong) {
  for (const f of FIELDS) {
    const ok = !wrong.includes(f), msg = $(`${f.name}-msg`);
    for (const input of f.inputs()) input.removeAttribute('aria-invalid');
    if (!ok) for (const input of (f.wrong || f.inputs)()) input.setAttribute('aria-invalid', 'true');
    msg.textContent = ok ? '' : problem(f);
    msg.hidden = ok;
    if (shown.has(f.name) && shown.get(f.name) !== ok) changed.add(f);
    shown.set(f.name, ok);
  }
  clearTimeout(told);
  told = setTimeout(() => {
    const said = [...changed].map((f) => shown.get(f.name) ? `${f.label}: accepted.` : `${f.label}: ${problem(f)}`);
    changed.clear();
    if (said.length) announce(said.join(' '));
  }, 700);
}

/** leftOut lists, above the snippets, the attributes they leave out, each a link to its field. */
function leftOut(wrong) {
  const box = $('left-out');
  box.hidden = !wrong.length;
  box.replaceChildren();
  if (!wrong.length) return;
  const links = wrong.map((f) => {
    const a = h('a', { href: `#${f.inputs()[0].id}` }, f.label);
    a.addEventListener('click', (e) => {
      e.preventDefault();
      (f.wrong || f.inputs)()[0].focus();
    });
    return a;
  });
  box.append(h('strong', {}, 'Left out until fixed: '), ...links.flatMap((a, i) => i ? [', ', a] : [a]),
    '. The widget would ignore these values, so the snippets use its defaults instead.');
}

/** showContrast shows the colour the widget gives buttons and text for the accent, and its contrast with the background. */
function showContrast(attrs) {
  const own = new Map(attrs).get('accent'), p = palette(own || C.defaults.accent), k = p.ink, accent = p.accent;
  const ratio = (r) => `${(Math.floor(r * 10) / 10).toFixed(1)}:1`;
  const who = own ? 'Your colour' : 'The default sage';
  const sample = $('contrast-sample');
  sample.style.background = k;
  sample.style.color = p.on;
  sample.dataset.ink = k;
  $('contrast-main').textContent = `Buttons and text: ${k}, contrast ${ratio(p.inkContrast)}`;
  $('contrast-note').textContent = k === accent
    ? `${who} is used as it is: text needs at least ${C.minContrast}:1 against the widget’s background.`
    : `${who}, ${accent}, has ${ratio(p.accentContrast)} against the widget’s background, below the ${C.minContrast}:1 text needs, so the widget darkens it. The pacer keeps ${accent}.`;
}

/** showTiming says what a pattern of one's own may be, and how long a breath and the whole routine take. */
function showTiming(attrs, wrong) {
  const a = new Map(attrs), { min, max, step } = C.pattern;
  const range = `In ${min[0]}-${max[0]} s, holds ${min[1]}-${max[1]} s, out ${min[2]}-${max[2]} s, in steps of ${step} s. `;
  const pattern = read('breath', a.get('breath') || C.defaults.breath).split('-').map(Number);
  const cycle = pattern.reduce((x, y) => x + y);
  const ids = (a.get('stretches') || IDS.join()).split(',');
  const total = ids.reduce((t, id) => {
    const s = C.stretches[IDS.indexOf(id)];
    return t + s.setup + (+a.get('breaths') || s.breaths) * cycle;
  }, 0);
  const timing = wrong.some((f) => f.name === 'breath') ? ''
    : `One breath takes ${seconds(cycle)}\u00a0s; the routine about ${Math.max(1, Math.round(total / 60))}\u00a0min.`;
  $('breath-hint').textContent = (breath.value === 'custom' ? range : '') + timing;
}

/** showSnippets writes the three snippets for attrs. */
function showSnippets(attrs) {
  const url = snippet.link(PLAYER, attrs);
  $('code-element').textContent = snippet.element(EMBED, attrs);
  $('code-iframe').textContent = snippet.iframe(url, words(new Map(attrs).get('lang')).label);
  $('code-link').textContent = url;
  $('open-link').href = url;
}

/** showPreview gives the preview widget exactly the snippets' attributes (the widget restarts on each change, so only changes are made). */
function showPreview(attrs) {
  const want = new Map(attrs);
  for (const f of FIELDS) {
    const v = want.get(f.name);
    if (v === undefined) preview.removeAttribute(f.name);
    else if (preview.getAttribute(f.name) !== v) preview.setAttribute(f.name, v);
  }
}

let later;
/** refresh brings everything up to date with the form; the preview follows once typing pauses. */
function refresh() {
  $('custom-breath').hidden = breath.value !== 'custom';
  for (const p of phases) p.required = breath.value === 'custom';
  markEnds();
  const { attrs, wrong } = judge();
  mark(wrong);
  leftOut(wrong);
  showContrast(attrs);
  showTiming(attrs, wrong);
  showSnippets(attrs);
  clearTimeout(later);
  later = setTimeout(() => showPreview(attrs), 250);
}

// ---- Announcements and copying.

/** announce says text in the polite live region (cleared first, so that the same words are said again). */
function announce(text) {
  const live = $('announce');
  live.textContent = '';
  setTimeout(() => { live.textContent = text; }, 50);
}

/** copy puts a snippet on the clipboard or, where the page may not, selects it for the visitor to copy. */
async function copy(button) {
  const code = $(button.dataset.code), what = button.getAttribute('aria-label').replace(/^Copy /, '');
  try {
    await navigator.clipboard.writeText(code.textContent);
    flash(button, 'Copied');
    announce(`Copied ${what}.`);
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    flash(button, 'Selected');
    announce(`Selected ${what}: press Control C, or Command C on a Mac, to copy it.`);
  }
}

/** flash shows word on button for a moment. */
function flash(button, word) {
  button.textContent = word;
  button.classList.add('done');
  clearTimeout(button.timer);
  button.timer = setTimeout(() => {
    button.textContent = 'Copy';
    button.classList.remove('done');
  }, 2500);
}

// ---- Wiring.

const form = $('settings');
form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('input', (e) => {
  if (e.target.id === 'accent-picker') $('accent').value = e.target.value;
  if (e.target.id === 'accent') {
    const v = read('accent', e.target.value);
    if (v) $('accent-picker').value = v;
  }
  refresh();
});
form.addEventListener('change', refresh);
for (const b of document.querySelectorAll('.copy')) b.addEventListener('click', () => copy(b));
refresh();
document.documentElement.dataset.builder = 'ready';
