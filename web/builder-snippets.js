/**
 * The embed builder's three snippets, as text: the <stretch-routine>
 * element with the script that defines it, a plain <iframe> of the player
 * for site builders that strip scripts, and a direct link to the player.
 * attrs is a list of [attribute, value] pairs the widget accepts, in the
 * order they are to appear; values are escaped for HTML here and nowhere
 * else.
 */

/** escape makes s safe inside a double-quoted HTML attribute. */
export const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** element is the script tag that loads embed.js from embedURL and the element with attrs, one attribute a line when there are several. */
export function element(embedURL, attrs) {
  const list = attrs.map(([k, v]) => `${k}="${escape(v)}"`);
  const open = list.length > 1 ? `<stretch-routine\n  ${list.join('\n  ')}>` : `<stretch-routine${list.map((a) => ' ' + a).join('')}>`;
  return `<script type="module" src="${escape(embedURL)}"></script>\n${open}</stretch-routine>`;
}

/** link is the player at playerURL with attrs as its query. */
export function link(playerURL, attrs) {
  const u = new URL(playerURL);
  u.search = new URLSearchParams(attrs).toString();
  return u.href;
}

/** iframe is a plain iframe of the player at src, titled title: full width, 640 px tall, borderless, loaded as it scrolls near. */
export function iframe(src, title) {
  return `<iframe src="${escape(src)}"\n  title="${escape(title)}" width="100%" height="640" style="border:0"\n` +
    '  allow="autoplay; fullscreen; screen-wake-lock" allowfullscreen loading="lazy"></iframe>';
}
