'use strict';
// The emulator's clock: its time, frozen or following real time; freeze, advance by a duration
// (timers and timeouts falling due fire), auto-advance, release.
(() => {
  const { h, clear, relay, toast } = Console;

  /** "90s", "5m", "2h", "1d" or an ISO-8601 duration to ISO-8601. */
  function duration(text) {
    const t = text.trim();
    if (/^P/i.test(t)) return t.toUpperCase();
    const m = t.match(/^(\d+)\s*(ms|s|m|min|h|d)?$/i);
    if (!m) throw new Error('"' + t + '" is not a duration: use 90s, 5m, 2h, 1d or PT5M');
    const n = Number(m[1]);
    switch ((m[2] || 's').toLowerCase()) {
      case 'ms': return 'PT' + n / 1000 + 'S';
      case 's': return 'PT' + n + 'S';
      case 'm': case 'min': return 'PT' + n + 'M';
      case 'h': return 'PT' + n + 'H';
      default: return 'P' + n + 'D';
    }
  }

  Console.pages.clock = async (page) => {
    const box = h('div', { class: 'card clock', id: 'clock' });
    page.append(h('div', { class: 'title' }, h('h1', {}, 'Clock')), box);
    const post = async (body, message) => {
      try { await relay('clock', body); toast(message); await show(); } catch (e) { toast(e.message, true); }
    };
    const amount = h('input', { id: 'advance-by', value: '5m', size: 8 });
    const show = async () => {
      let c;
      try { c = await relay('clock'); } catch (e) {
        clear(box).appendChild(h('p', { id: 'not-available' }, 'The clock is not available against SWF: Amazon SWF runs on real time.'));
        return;
      }
      clear(box).append(
        h('div', { class: 'now', id: 'clock-time' }, c.time.replace('T', ' ').replace('Z', ' UTC')),
        h('p', {}, h('span', { class: 'badge ' + (c.frozen ? 'frozen' : 'open'), id: 'clock-state' }, c.frozen ? 'frozen' : 'real time'),
          c.autoAdvance ? h('span', { class: 'badge open' }, 'auto-advance') : null),
        h('div', { class: 'actions' },
          c.frozen ? null : h('button', { id: 'freeze', class: 'primary', onclick: () => post({ freeze: true }, 'Clock frozen') }, 'Freeze now'),
          c.frozen ? h('form', { class: 'inline', onsubmit: (e) => {
            e.preventDefault();
            let by;
            try { by = duration(amount.value); } catch (err) { toast(err.message, true); return; }
            post({ advance: by }, 'Advanced by ' + by);
          } }, 'Advance by ', amount, h('button', { id: 'advance', class: 'primary' }, 'Advance')) : null,
          h('button', { id: 'auto-advance', onclick: () => post({ autoAdvance: !c.autoAdvance }, 'Auto-advance ' + (c.autoAdvance ? 'off' : 'on')) },
            c.autoAdvance ? 'Stop auto-advance' : 'Auto-advance when idle'),
          c.frozen ? h('button', { id: 'release', onclick: () => post({ release: true }, 'Back to real time') }, 'Release to real time') : null),
        h('p', { class: 'muted' }, 'Advancing fires, in order, every timer and timeout that falls due. Long polls still wait in real time.'));
    };
    await Console.every(1000, async (current) => { if (current() && !document.activeElement.isSameNode(amount)) await show(); });
  };
})();
