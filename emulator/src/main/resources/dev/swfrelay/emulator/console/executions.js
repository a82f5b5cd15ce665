'use strict';
// Executions: open and closed, SWF's filters (one of workflow id, type, tag, close status; a time
// range on start or close), newest first, "load more" pages, refreshed every few seconds.
(() => {
  const { h, clear, swf, time, span, status, typeText, executionHref, problem } = Console;
  const CLOSE_STATUSES = ['COMPLETED', 'FAILED', 'CANCELED', 'TERMINATED', 'CONTINUED_AS_NEW', 'TIMED_OUT'];
  const PAGE = 25;

  function toSeconds(local) { return local ? Date.parse(local + 'Z') / 1000 : undefined; }

  function request(form, open, token) {
    const range = { oldestDate: toSeconds(form.oldest.value) || 0 };
    const latest = toSeconds(form.latest.value);
    if (latest !== undefined) range.latestDate = latest;
    const body = { domain: Console.domain(), maximumPageSize: PAGE, reverseOrder: false };
    if (!open && form.timeField.value === 'close') body.closeTimeFilter = range; else body.startTimeFilter = range;
    const value = form.value.value.trim();
    switch (form.filter.value) {
      case 'workflowId': if (value) body.executionFilter = { workflowId: value }; break;
      case 'type': if (value) body.typeFilter = Object.assign({ name: value.split(/\s+/)[0] },
        value.split(/\s+/)[1] ? { version: value.split(/\s+/)[1] } : {}); break;
      case 'tag': if (value) body.tagFilter = { tag: value }; break;
      case 'closeStatus': if (form.closeStatus.value) body.closeStatusFilter = { status: form.closeStatus.value }; break;
      default: break;
    }
    if (token) body.nextPageToken = token;
    return body;
  }

  function filtersForm(onChange) {
    const closeStatus = h('select', { name: 'closeStatus' }, CLOSE_STATUSES.map((s) => h('option', { value: s }, s)));
    const value = h('input', { name: 'value', placeholder: 'value', size: 24 });
    const filter = h('select', { name: 'filter' },
      h('option', { value: '' }, 'no filter'), h('option', { value: 'workflowId' }, 'workflow id'),
      h('option', { value: 'type' }, 'type (name version)'), h('option', { value: 'tag' }, 'tag'),
      h('option', { value: 'closeStatus' }, 'close status'));
    const form = h('form', { class: 'filters', id: 'filters', onsubmit: (e) => { e.preventDefault(); onChange(); } },
      h('div', { class: 'segmented', role: 'group' },
        ['all', 'open', 'closed'].map((s) => h('label', {}, h('input', { type: 'radio', name: 'state', value: s, checked: s === 'all' }), s))),
      h('label', {}, 'Filter ', filter), value, closeStatus,
      h('label', {}, h('select', { name: 'timeField' }, h('option', { value: 'start' }, 'started'), h('option', { value: 'close' }, 'closed')),
        ' from ', h('input', { type: 'datetime-local', name: 'oldest', step: 1 }), ' to ', h('input', { type: 'datetime-local', name: 'latest', step: 1 })),
      h('button', { class: 'primary' }, 'Apply'));
    const sync = () => {
      closeStatus.hidden = filter.value !== 'closeStatus';
      value.hidden = filter.value === '' || filter.value === 'closeStatus';
    };
    filter.addEventListener('change', sync);
    form.addEventListener('change', (e) => { if (e.target.name === 'state' || e.target.name === 'closeStatus') onChange(); });
    sync();
    return form;
  }

  function row(info) {
    const e = info.execution;
    const took = (info.closeTimestamp || Date.now() / 1000) - info.startTimestamp;
    return h('tr', { 'data-workflow-id': e.workflowId },
      h('td', {}, h('a', { href: executionHref(Console.domain(), e), class: 'wid' }, e.workflowId),
        h('div', { class: 'muted mono small' }, e.runId)),
      h('td', {}, typeText(info.workflowType)),
      h('td', {}, status(info)),
      h('td', { class: 'mono small' }, time(info.startTimestamp)),
      h('td', { class: 'mono small' }, info.closeTimestamp ? time(info.closeTimestamp) : ''),
      h('td', { class: 'num' }, span(Math.max(0, took))),
      h('td', {}, (info.tagList || []).map((t) => h('span', { class: 'tag' }, t))));
  }

  Console.pages.executions = async (page) => {
    if (!Console.domain()) {
      page.appendChild(h('div', { class: 'card empty' }, 'No registered domain yet. Register one (swf-relay register, or RegisterDomain) and reload.'));
      return;
    }
    let tokens = {};
    let shown = [];
    const body = h('tbody', {});
    const more = h('button', { class: 'quiet', hidden: true, onclick: () => load(false) }, 'Load more');
    const note = h('span', { class: 'muted', id: 'count' });
    const form = filtersForm(() => { tokens = {}; shown = []; load(true).catch(report); });
    const errors = h('div', {});
    const report = (e) => { clear(errors).appendChild(problem(e)); };
    page.append(h('div', { class: 'title' }, h('h1', {}, 'Executions'), note), form, errors,
      h('div', { class: 'card flush' }, h('table', { class: 'grid', id: 'executions' },
        h('thead', {}, h('tr', {}, ['Workflow id / run', 'Type', 'Status', 'Started (UTC)', 'Closed (UTC)', 'Duration', 'Tags'].map((c) => h('th', {}, c)))),
        body)), more);

    async function fetchState(open, token, fresh) {
      if (!fresh && token === undefined) return { infos: [] };
      // open runs have no close status and no close time
      if (open && (form.elements.filter.value === 'closeStatus' || form.elements.timeField.value === 'close')) return { infos: [] };
      const req = request(form.elements, open, fresh ? undefined : token);
      const answer = await swf(open ? 'ListOpenWorkflowExecutions' : 'ListClosedWorkflowExecutions', req);
      return { infos: answer.executionInfos || [], token: answer.nextPageToken };
    }
    async function load(fresh) {
      const state = form.elements.state.value;
      const wanted = { open: state !== 'closed', closed: state !== 'open' };
      const [open, closed] = await Promise.all([
        wanted.open ? fetchState(true, tokens.open, fresh) : { infos: [] },
        wanted.closed ? fetchState(false, tokens.closed, fresh) : { infos: [] }]);
      tokens = { open: open.token, closed: closed.token };
      shown = (fresh ? [] : shown).concat(open.infos, closed.infos).sort((a, b) => b.startTimestamp - a.startTimestamp);
      clear(errors);
      clear(body).append(...shown.map(row));
      if (shown.length === 0) body.appendChild(h('tr', {}, h('td', { colspan: 7, class: 'empty' }, 'No executions match.')));
      more.hidden = !tokens.open && !tokens.closed;
      note.textContent = shown.length + ' shown · refreshed ' + new Date().toLocaleTimeString();
    }
    await Console.every(3000, async (current) => {
      if (!current() || document.getElementById('dialog').open) return;
      if (shown.length > PAGE) return; // the reader paged on; keep what they loaded
      await load(true).catch(report);
    });
  };
})();
