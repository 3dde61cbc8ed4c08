// Shows, under each widget on the variants page, the last events it fired:
// they bubble from the <stretch-routine> element like any DOM event.
const types = ['ready', 'play', 'pause', 'stretchchange', 'breathphase', 'ended', 'bookingclick', 'error'];
for (const type of types) {
  document.addEventListener(type, (e) => {
    const widget = e.target;
    if (!(widget instanceof HTMLElement) || widget.localName !== 'stretch-routine') return;
    const log = document.querySelector(`.log[data-for="${CSS.escape(widget.id)}"]`);
    if (!log) return;
    const d = e.detail || {};
    const what = type === 'stretchchange' ? d.title
      : type === 'breathphase' ? `${d.phase} ${d.index + 1}/${d.of}`
      : type === 'ready' ? `${Math.round(d.duration)} s`
      : type === 'error' ? d.code : '';
    const line = what ? `${type}: ${what}` : type;
    const lines = log.dataset.lines ? log.dataset.lines.split('\n') : [];
    lines.push(line);
    log.dataset.lines = lines.slice(-4).join('\n');
    log.textContent = lines.slice(-4).join(' → ');
  });
}
