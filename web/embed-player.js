/**
 * The part of <stretch-routine> that only a started routine needs, loaded
 * by embed.js when the visitor shows intent or presses Start: the player's
 * iframe, the messages to and from it (checked both ways), the watchdog
 * that notices a player that is not coming, and full screen by pinning
 * the iframe over the page where the Fullscreen API cannot be used.
 */
const SRC = 'stretch-routine';
const WATCH_MS = 20000; // no word from the loading player for this long: it is not coming
const MISSING_MS = 3000; // its page loaded and never said hello: it is not our player

/**
 * attach starts the player for an element. ctx gives its box (where the
 * iframe goes, under the start view), the player's URL and settings
 * (ctx.src), the iframe's accessible name (ctx.title), and the element's
 * handlers: event(type, detail) for the contract's events, status(type,
 * detail) for the player's other messages (and full screen by pinning),
 * and fail(code, message). It returns the controller: frame, send(cmd,
 * value), pin(on), teardown(), and begin(query, handlers) for a warm one.
 *
 * With ctx.warm the player is warmed, when the visitor shows intent: it
 * downloads and compiles out of sight, inert, and waits. begin(query,
 * handlers) starts it with the settings of the moment (the query of its
 * address) and the element's handlers; only then does the watchdog run.
 */
let sheet;

export function attach(ctx) {
  // In a sandboxed frame (an opaque origin) the player's frame is
  // sandboxed too, and has no origin to name either: messages are then
  // checked by their window alone, which is what matters.
  const opaque = location.origin === 'null';
  const root = ctx.box.getRootNode();
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync('.box.pinned{position:fixed;inset:0;z-index:2147483647;width:100vw;height:100dvh;max-width:none;max-height:none;margin:0;padding:0;border:0;border-radius:0}');
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const origin = new URL(ctx.src).origin;
  const ac = new AbortController();
  const signal = ac.signal;
  const frame = document.createElement('iframe');
  frame.title = ctx.title;
  frame.src = ctx.src;
  frame.setAttribute('allow', 'autoplay; fullscreen; screen-wake-lock');
  let warm = !!ctx.warm;
  if (warm) {
    frame.inert = true;
    frame.ariaHidden = 'true';
  }
  let ready = false;
  let heard = false;
  // The settings to begin a warm player with, kept until it has said hello
  // (then it listens for them).
  let query = null;
  const begin = () => {
    if (!heard || query === null) return;
    send('begin', query);
    query = null;
  };
  let watch;
  let pinned = null;

  const watchdog = () => {
    clearTimeout(watch);
    if (!ready && !warm) watch = setTimeout(() => ctx.fail('timeout', 'The player did not start in time'), WATCH_MS);
  };
  frame.addEventListener('load', () => {
    // The page has loaded: if our player never said hello, it is not
    // coming (an error page, a proxy's page).
    setTimeout(() => !heard && !signal.aborted && ctx.fail('player-missing', 'The player page did not load'), MISSING_MS);
  }, { signal });
  addEventListener('message', (e) => {
    const d = e.data;
    if (e.source !== frame.contentWindow || (e.origin !== origin && !(opaque && e.origin === 'null')) || d?.source !== SRC ||
      typeof d.type !== 'string' || (d.kind !== 'event' && d.kind !== 'status')) return;
    heard = true;
    begin();
    watchdog();
    const detail = { ...(d.detail && typeof d.detail === 'object' ? d.detail : {}) };
    if (d.kind === 'status') {
      if (d.type === 'fullscreen' && !detail.native) return pin(!!detail.on);
      return ctx.status(d.type, detail);
    }
    if (d.type === 'ready') {
      ready = true;
      clearTimeout(watch);
    }
    ctx.event(d.type, detail);
  }, { signal });
  addEventListener('keydown', (e) => e.key === 'Escape' && pinned && pin(false, true), { signal });
  // Under the start view, which keeps its focus.
  ctx.box.prepend(frame);
  watchdog();

  /** send posts a command to the player. */
  const send = (cmd, value) => frame.contentWindow?.postMessage({ source: SRC, kind: 'command', cmd, value }, opaque ? '*' : origin);

  /**
   * pin lays the player over the whole viewport (on) or puts it back in
   * the page exactly where it was, restoring the page's scroll position;
   * tell says whether the player must hear of it.
   */
  function pin(on, tell = true) {
    const root = document.documentElement, body = document.body, host = ctx.box.getRootNode().host;
    if (on && !pinned) {
      pinned = { x: scrollX, y: scrollY, html: root.style.overflow, body: body.style.overflow, host: host.style.cssText };
      host.style.height = `${host.getBoundingClientRect().height}px`; // the page keeps its layout
      root.style.overflow = body.style.overflow = 'hidden';
      ctx.box.classList.add('pinned');
      // Over everything, whatever the page's transforms and containment:
      // in the top layer where there is one, else out of our own containment.
      if (ctx.box.showPopover) {
        ctx.box.popover = 'manual';
        ctx.box.showPopover();
      } else {
        host.style.contain = 'none';
        host.style.containerType = 'normal';
      }
      frame.focus({ preventScroll: true });
    } else if (!on && pinned) {
      const p = pinned;
      pinned = null;
      if (ctx.box.popover) {
        ctx.box.hidePopover();
        ctx.box.removeAttribute('popover');
      }
      ctx.box.classList.remove('pinned');
      root.style.overflow = p.html;
      body.style.overflow = p.body;
      host.style.cssText = p.host;
      scrollTo(p.x, p.y);
    } else return;
    ctx.status('fullscreen', { on });
    if (tell) send('fullscreen', on ? 1 : 0);
  }

  return {
    frame,
    send,
    pin,
    begin(settings, handlers) {
      Object.assign(ctx, handlers);
      warm = false;
      frame.inert = false;
      frame.removeAttribute('aria-hidden');
      frame.title = handlers.title || frame.title;
      query = settings;
      begin();
      watchdog();
    },
    teardown() {
      clearTimeout(watch);
      pin(false, false);
      ac.abort();
      frame.remove();
    },
  };
}
