'use strict';
// Task lists: for each list the domain has seen, pending tasks, the polls parked on it now (who,
// since when) and the last poll of each identity. A list with tasks and nobody polling is flagged:
// that is why an execution looks stuck.
(() => {
  const { h, clear, relay, span } = Console;

  function pollers(list, now, empty, waiting) {
    if (!list.length) return h('span', { class: 'muted' }, empty);
    return h('ul', { class: 'pollers' }, list.map((p) => h('li', {},
      h('span', { class: 'identity' }, p.identity || '(no identity)'), ' ',
      h('span', { class: 'muted nowrap' }, waiting ? 'waiting ' + span(Math.max(0, now - p.at)) : span(Math.max(0, now - p.at)) + ' ago'))));
  }

  function card(list, now) {
    const flagged = list.unattended;
    return h('div', { class: 'card tasklist' + (flagged ? ' flagged' : ''), 'data-task-list': list.name, 'data-kind': list.kind },
      h('div', { class: 'tl-head' }, h('span', { class: 'kind ' + list.kind }, list.kind), h('h3', {}, list.name),
        h('span', { class: 'pending' + (list.pending ? ' some' : '') }, list.pending + ' pending')),
      flagged ? h('p', { class: 'flag' }, '⚠ Tasks are waiting and nobody is polling this list. Start a ',
        list.kind === 'decision' ? 'decider' : 'worker', ' on “', list.name, '”.') : null,
      h('div', { class: 'cols' },
        h('div', {}, h('h4', {}, 'Parked now'), pollers(list.parked, now, 'nobody is polling', true)),
        h('div', {}, h('h4', {}, 'Last poll by identity'), pollers(list.lastPolls, now, 'never polled', false))));
  }

  // The backlog of every domain, from the numbers the metrics' swf_pending_tasks gauge shows.
  function backlog(answer) {
    if (!answer.available) return null;
    const rows = answer.backlog.map((b) => h('tr', { 'data-task-list': b.taskList, 'data-kind': b.kind },
      h('td', {}, b.domain), h('td', {}, b.taskList), h('td', {}, h('span', { class: 'kind ' + b.kind }, b.kind)),
      h('td', { class: 'num' + (b.pending ? ' some' : '') }, String(b.pending))));
    return h('div', { class: 'card backlog', id: 'backlog' }, h('h3', {}, 'Backlog'),
      rows.length ? h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Domain'), h('th', {}, 'Task list'),
        h('th', {}, 'Kind'), h('th', {}, 'Pending'))), h('tbody', {}, rows))
        : h('span', { class: 'muted' }, 'No task list yet.'),
      h('p', { class: 'muted' }, 'The same numbers as swf_pending_tasks in /_relay/metrics.'));
  }

  // The fault rules set on this server (serve --faults, /_relay/faults) with how often each matched and fired,
  // and the faults fired last; nothing when none is set or the console runs against another endpoint.
  function faults(answer) {
    if (!answer || !answer.rules || (!answer.rules.length && !answer.fired)) return null;
    const rules = answer.rules.map((r) => h('tr', { 'data-rule': r.name },
      h('td', {}, r.name), h('td', {}, r.operation || 'any call'), h('td', {}, r.action + (r.fault ? ' ' + r.fault : '')),
      h('td', { class: 'num' }, String(r.matched)), h('td', { class: 'num fired' + (r.firedCount ? ' some' : '') }, String(r.firedCount))));
    const recent = (answer.recent || []).slice(-5).reverse().map((f) => h('li', {},
      '#' + f.sequence + ' ', h('b', {}, f.rule), ' ' + f.operation + ' → ' + f.action,
      f.workflowId ? h('span', { class: 'muted' }, ' (' + f.workflowId + ')') : null));
    return h('div', { class: 'card backlog', id: 'faults' }, h('h3', {}, 'Injected faults · ' + answer.fired + ' fired'),
      rules.length ? h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Rule'), h('th', {}, 'Operation'),
        h('th', {}, 'Action'), h('th', {}, 'Matched'), h('th', {}, 'Fired'))), h('tbody', {}, rules))
        : h('span', { class: 'muted' }, 'No rule now.'),
      recent.length ? h('ul', { class: 'recent-faults' }, recent) : null);
  }

  async function faultRules() {
    try { return await relay('faults'); } catch (e) { return null; }
  }

  Console.pages.tasklists = async (page) => {
    const domain = Console.domain();
    const grid = h('div', { class: 'tasklists', id: 'tasklists' });
    const note = h('span', { class: 'muted' });
    const panel = h('div', { id: 'backlog-panel' });
    page.append(h('div', { class: 'title' }, h('h1', {}, 'Task lists'), note), panel, grid);
    if (!domain) { grid.appendChild(h('div', { class: 'card empty' }, 'No registered domain yet.')); return; }
    await Console.every(1500, async (current) => {
      const answer = await relay('tasklists?domain=' + encodeURIComponent(domain));
      const pending = await relay('backlog');
      const rules = await faultRules();
      const now = Date.now() / 1000;
      if (!current()) return;
      clear(panel);
      const table = backlog(pending);
      if (table) panel.appendChild(table);
      const fired = faults(rules);
      if (fired) panel.appendChild(fired);
      clear(grid);
      if (!answer.available) {
        grid.appendChild(h('div', { class: 'card empty', id: 'not-available' },
          'Pollers are not available against SWF: Amazon SWF does not say who is polling. ',
          'Pending counts per task list are available through CountPendingActivityTasks and CountPendingDecisionTasks.'));
        return;
      }
      if (!answer.taskLists.length) grid.appendChild(h('div', { class: 'card empty' }, 'No task list in ', domain, ' has been polled or given a task yet.'));
      const flagged = answer.taskLists.filter((l) => l.unattended).length;
      note.textContent = answer.taskLists.length + ' lists' + (flagged ? ' · ' + flagged + ' unattended' : '');
      answer.taskLists.sort((a, b) => Number(b.unattended) - Number(a.unattended)).forEach((l) => grid.appendChild(card(l, now)));
    });
  };
})();
