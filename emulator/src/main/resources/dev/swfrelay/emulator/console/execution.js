'use strict';
// One execution: its ids (linked to parent and children), input, result or failure, open counts,
// the history as a timeline and as a table, refreshed while it is open; signal, request cancel,
// terminate (each confirmed) and "start another like this".
(() => {
  const { h, clear, swf, allPages, time, span, status, typeText, executionHref, toast, ask } = Console;
  const LINKS = /EventId$/;

  function summary(e) {
    const a = Timeline.attrs(e);
    const parts = [];
    for (const key of ['activityId', 'timerId', 'signalName', 'markerName', 'workflowId', 'id', 'reason', 'cause', 'timeoutType']) {
      if (a[key] !== undefined && typeof a[key] !== 'object') parts.push(key + '=' + a[key]);
    }
    if (a.activityType) parts.push(typeText(a.activityType));
    if (a.workflowType && e.eventType !== 'WorkflowExecutionStarted') parts.push(typeText(a.workflowType));
    for (const key of ['input', 'result', 'details']) {
      if (typeof a[key] === 'string') parts.push(key + ': ' + (a[key].length > 60 ? a[key].slice(0, 59) + '…' : a[key]));
    }
    return parts.join('  ');
  }

  function attributeTable(e, jump) {
    const a = Timeline.attrs(e);
    const rows = [];
    const walk = (prefix, value) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value)) walk(prefix ? prefix + '.' + k : k, v);
        return;
      }
      const cell = LINKS.test(prefix) && typeof value === 'number' && value > 0
        ? h('a', { href: '#', class: 'event-link', onclick: (ev) => { ev.preventDefault(); jump(value); } }, 'event ' + value)
        : h('pre', { class: 'value' }, Array.isArray(value) ? value.join(', ') : String(value));
      rows.push(h('tr', {}, h('th', {}, prefix), h('td', {}, cell)));
    };
    walk('', a);
    return h('table', { class: 'attributes' }, rows);
  }

  function eventRows(events, expanded, jump) {
    return events.map((e) => {
      const detail = h('tr', { class: 'detail', hidden: !expanded.has(e.eventId) },
        h('td', { colspan: 4 }, attributeTable(e, jump)));
      const toggle = () => {
        detail.hidden = !detail.hidden;
        if (detail.hidden) expanded.delete(e.eventId); else expanded.add(e.eventId);
      };
      const kind = (e.eventType.match(/(Completed|Fired|Failed|TimedOut|Canceled|Terminated|Signaled)$/) || [''])[0].toLowerCase();
      const main = h('tr', { id: 'event-' + e.eventId, class: 'event ' + kind, 'data-event-type': e.eventType, onclick: toggle },
        h('td', { class: 'num' }, e.eventId), h('td', { class: 'mono small' }, time(e.eventTimestamp)),
        h('td', {}, h('span', { class: 'etype' }, e.eventType)), h('td', { class: 'summary' }, summary(e)));
      return [main, detail];
    });
  }

  function fact(label, ...value) { return h('div', { class: 'fact' }, h('dt', {}, label), h('dd', {}, ...value)); }

  function facts(domain, d, events) {
    const info = d.executionInfo;
    const started = Timeline.attrs(events[0] || { eventType: 'None' });
    const closing = events.find((e) => /^WorkflowExecution(Completed|Failed|TimedOut|Canceled|Terminated|ContinuedAsNew)$/.test(e.eventType));
    const c = d.openCounts || {};
    const cfg = d.executionConfiguration || {};
    const children = events.filter((e) => e.eventType === 'ChildWorkflowExecutionStarted').map((e) => Timeline.attrs(e).workflowExecution);
    const list = [
      fact('Type', typeText(info.workflowType)),
      fact('Status', status(info)),
      fact('Run id', h('span', { class: 'mono' }, info.execution.runId)),
      fact('Started', time(info.startTimestamp)),
      fact(info.closeTimestamp ? 'Closed' : 'Running for', info.closeTimestamp
        ? time(info.closeTimestamp) + ' · took ' + span(info.closeTimestamp - info.startTimestamp)
        : span(Math.max(0, Date.now() / 1000 - info.startTimestamp))),
      fact('Task list', cfg.taskList ? cfg.taskList.name : ''),
      fact('Open', `${c.openDecisionTasks || 0} decision · ${c.openActivityTasks || 0} activities · ${c.openTimers || 0} timers · `
        + `${c.openChildWorkflowExecutions || 0} children · ${c.openLambdaFunctions || 0} Lambda`),
    ];
    if (info.parent) list.push(fact('Parent', h('a', { href: executionHref(domain, info.parent) }, info.parent.workflowId)));
    if (children.length) list.push(fact('Children', children.map((x) => h('a', { href: executionHref(domain, x), class: 'child' }, x.workflowId, ' '))));
    const continued = events.find((e) => e.eventType === 'WorkflowExecutionContinuedAsNew');
    if (continued) {
      const next = { workflowId: info.execution.workflowId, runId: Timeline.attrs(continued).newExecutionRunId };
      list.push(fact('Continued as', h('a', { href: executionHref(domain, next), class: 'mono' }, next.runId)));
    }
    if (info.tagList && info.tagList.length) list.push(fact('Tags', info.tagList.map((t) => h('span', { class: 'tag' }, t))));
    const blocks = [h('dl', { class: 'facts' }, list), block('Input', started.input, 'input')];
    if (closing) {
      const a = Timeline.attrs(closing);
      if (a.result !== undefined) blocks.push(block('Result', a.result, 'result'));
      if (a.reason !== undefined || a.details !== undefined) blocks.push(block('Failure', [a.reason, a.details].filter((x) => x !== undefined).join('\n'), 'failure'));
    }
    return blocks;
  }
  function block(label, text, id) {
    return h('div', { class: 'blob' }, h('h3', {}, label), h('pre', { id, class: 'value' }, text === undefined || text === '' ? '—' : text));
  }

  async function act(domain, d, events, reload) {
    const execution = d.executionInfo.execution;
    const target = { domain, workflowId: execution.workflowId, runId: execution.runId };
    const open = d.executionInfo.executionStatus === 'OPEN';
    const run = (label, call) => async () => {
      try { await call(); toast(label); await reload(); } catch (e) { toast(e.type + ': ' + e.message, true); }
    };
    const signal = run('Signal sent', async () => {
      const v = await ask('Signal ' + execution.workflowId, 'Sends SignalWorkflowExecution to this run.',
        [{ name: 'signalName', label: 'Signal name', required: true }, { name: 'input', label: 'Input', area: true }], 'Send signal');
      if (!v) throw Object.assign(new Error('Signal not sent'), { type: 'Cancelled' });
      await swf('SignalWorkflowExecution', Object.assign({}, target, { signalName: v.signalName }, v.input ? { input: v.input } : {}));
    });
    const cancel = run('Cancellation requested', async () => {
      const v = await ask('Request cancellation?', 'The decider is told (WorkflowExecutionCancelRequested) and decides what to do.', [], 'Request cancel', true);
      if (!v) throw Object.assign(new Error('Nothing requested'), { type: 'Cancelled' });
      await swf('RequestCancelWorkflowExecution', target);
    });
    const terminate = run('Execution terminated', async () => {
      const v = await ask('Terminate ' + execution.workflowId + '?', 'Closes the run at once; its decider is not asked.',
        [{ name: 'reason', label: 'Reason' }, { name: 'details', label: 'Details', area: true },
          { name: 'childPolicy', label: 'Children', options: ['(type default)', 'TERMINATE', 'REQUEST_CANCEL', 'ABANDON'] }], 'Terminate', true);
      if (!v) throw Object.assign(new Error('Not terminated'), { type: 'Cancelled' });
      const body = Object.assign({}, target, v.reason ? { reason: v.reason } : {}, v.details ? { details: v.details } : {},
        v.childPolicy.startsWith('(') ? {} : { childPolicy: v.childPolicy });
      await swf('TerminateWorkflowExecution', body);
    });
    const again = async () => {
      const started = Timeline.attrs(events[0]);
      const v = await ask('Start another like this', 'StartWorkflowExecution with this run\'s type, task list and input.', [
        { name: 'workflowId', label: 'Workflow id', value: execution.workflowId + '-' + Date.now().toString(36), required: true },
        { name: 'input', label: 'Input', area: true, value: started.input },
        { name: 'tags', label: 'Tags (comma separated)', value: (started.tagList || []).join(', ') }], 'Start');
      if (!v) return;
      try {
        const body = { domain, workflowId: v.workflowId, workflowType: started.workflowType };
        if (started.taskList) body.taskList = started.taskList;
        if (v.input) body.input = v.input;
        const tags = v.tags.split(',').map((t) => t.trim()).filter(Boolean);
        if (tags.length) body.tagList = tags;
        const run2 = await swf('StartWorkflowExecution', body);
        toast('Started ' + v.workflowId);
        location.hash = executionHref(domain, { workflowId: v.workflowId, runId: run2.runId });
      } catch (e) { toast(e.type + ': ' + e.message, true); }
    };
    return h('div', { class: 'actions' },
      h('button', { id: 'signal', disabled: !open, onclick: signal }, 'Signal…'),
      h('button', { id: 'request-cancel', disabled: !open, onclick: cancel }, 'Request cancel…'),
      h('button', { id: 'terminate', class: 'danger', disabled: !open, onclick: terminate }, 'Terminate…'),
      h('button', { id: 'start-another', class: 'primary', onclick: again }, 'Start another like this…'));
  }

  Console.pages.execution = async (page, [domain, workflowId, runId]) => {
    Console.chooseDomain(domain);
    const expanded = new Set();
    const head = h('div', { class: 'title' });
    const factsBox = h('div', { class: 'card' });
    const timelineBox = h('div', { class: 'card flush scroll', id: 'timeline' });
    const body = h('tbody', {});
    const legend = h('div', { class: 'legend' }, ['open', 'completed', 'failed', 'timedout', 'canceled', 'terminated']
      .map((o) => h('span', {}, h('i', { class: 'swatch ' + o }), o === 'timedout' ? 'timed out' : o)),
    h('span', { class: 'muted' }, 'pale: scheduled, waiting · solid: started, running'));
    page.append(head, factsBox, h('h2', {}, 'Timeline'), legend, timelineBox, h('h2', {}, 'History'),
      h('div', { class: 'card flush' }, h('table', { class: 'grid history', id: 'history' },
        h('thead', {}, h('tr', {}, ['#', 'Time (UTC)', 'Event', 'Summary'].map((c) => h('th', {}, c)))), body)));
    const jump = (id) => {
      const row = document.getElementById('event-' + id);
      if (!row) return;
      expanded.add(id);
      row.nextSibling.hidden = false;
      row.scrollIntoView({ block: 'center' });
      row.classList.add('flash');
      setTimeout(() => row.classList.remove('flash'), 1200);
    };
    let seen = -1;
    let wasOpen = true;
    const execution = { workflowId, runId };
    const reload = async () => {
      const [d, events] = await Promise.all([swf('DescribeWorkflowExecution', { domain, execution }),
        allPages('GetWorkflowExecutionHistory', { domain, execution, maximumPageSize: 1000 }, 'events')]);
      const isOpen = d.executionInfo.executionStatus === 'OPEN';
      if (events.length === seen && isOpen === wasOpen && !isOpen) return;
      const fresh = events.length !== seen || isOpen !== wasOpen;
      seen = events.length;
      wasOpen = isOpen;
      if (fresh) {
        clear(head).append(h('h1', {}, h('a', { href: '#/executions', class: 'muted' }, domain), ' / ', h('span', { id: 'workflow-id' }, workflowId)),
          await act(domain, d, events, reload));
        clear(factsBox).append(...facts(domain, d, events));
        clear(body).append(...eventRows(events, expanded, jump).flat());
      }
      const width = Math.max(720, timelineBox.clientWidth || 960);
      clear(timelineBox).appendChild(Timeline.draw(events, width, await Console.now(), jump));
    };
    await Console.every(2000, async (current) => {
      if (!current() || document.getElementById('dialog').open) return;
      if (!wasOpen && seen >= 0) return;
      await reload();
    });
  };
})();
