'use strict';
// An execution's history as lanes of bars: one lane per activity id, timer id, child workflow id,
// Lambda function id, and one for decision tasks; each bar runs scheduled -> started -> closed and
// is coloured by how it closed. Retries of an activity id are further bars in its lane.
const Timeline = (() => {
  const SVG = 'http://www.w3.org/2000/svg';
  const LABEL = 210;
  const ROW = 26;
  const TOP = 28;
  const OUTCOME = {
    Completed: 'completed', Fired: 'completed', Failed: 'failed', TimedOut: 'timedout',
    Canceled: 'canceled', Terminated: 'terminated', StartFailed: 'failed', CancelFailed: 'failed',
  };

  const attrs = (e) => e[e.eventType.charAt(0).toLowerCase() + e.eventType.slice(1) + 'EventAttributes'] || {};

  /** Lanes [{key, kind, label, bars:[{from, started, to, outcome, ids:[eventId], title}]}] and marks. */
  function lanes(events) {
    const laneByKey = new Map();
    const barByEvent = new Map();
    const lane = (kind, id, label) => {
      const key = kind + ':' + id;
      if (!laneByKey.has(key)) laneByKey.set(key, { key, kind, label, bars: [] });
      return laneByKey.get(key);
    };
    const open = (l, e, title) => {
      const bar = { from: e, started: null, to: null, outcome: 'open', ids: [e.eventId], title, attempt: l.bars.length + 1 };
      l.bars.push(bar);
      barByEvent.set(e.eventId, bar);
      return bar;
    };
    const marks = [];
    const workflow = { key: 'workflow', kind: 'workflow', label: 'execution', bars: [] };
    for (const e of events) {
      const a = attrs(e);
      const type = e.eventType;
      if (type === 'WorkflowExecutionStarted') {
        workflow.bars.push({ from: e, started: e, to: null, outcome: 'open', ids: [e.eventId], title: 'execution', attempt: 1 });
      } else if (/^WorkflowExecution(Completed|Failed|TimedOut|Canceled|Terminated|ContinuedAsNew)$/.test(type)) {
        const bar = workflow.bars[workflow.bars.length - 1];
        if (bar) { bar.to = e; bar.outcome = outcomeOf(type.replace('WorkflowExecution', '')); bar.ids.push(e.eventId); }
      } else if (type === 'DecisionTaskScheduled') {
        open(lane('decision', '', 'decision tasks'), e, 'decision task');
      } else if (type === 'ActivityTaskScheduled') {
        open(lane('activity', a.activityId, a.activityId + ' · ' + a.activityType.name), e, 'activity ' + a.activityId);
      } else if (type === 'TimerStarted') {
        const bar = open(lane('timer', a.timerId, 'timer ' + a.timerId), e, 'timer ' + a.timerId);
        bar.started = e;
      } else if (type === 'StartChildWorkflowExecutionInitiated') {
        open(lane('child', a.workflowId, 'child ' + a.workflowId), e, 'child ' + a.workflowId);
      } else if (type === 'LambdaFunctionScheduled') {
        open(lane('lambda', a.id, 'λ ' + a.id + ' · ' + a.name), e, 'Lambda ' + a.id);
      } else {
        const from = a.scheduledEventId || a.initiatedEventId || (type.startsWith('Timer') ? a.startedEventId : undefined);
        const bar = from !== undefined ? barByEvent.get(from) : undefined;
        if (bar) {
          bar.ids.push(e.eventId);
          if (/Started$/.test(type)) bar.started = e;
          else { bar.to = e; bar.detail = a.timeoutType || a.reason || a.cause || ''; bar.outcome = outcomeOf(type.replace(/^(DecisionTask|ActivityTask|Timer|ChildWorkflowExecution|LambdaFunction|StartChildWorkflowExecution|StartLambdaFunction)/, '')); }
          if (type === 'ChildWorkflowExecutionStarted') bar.child = a.workflowExecution;
        } else if (/Signaled|MarkerRecorded|CancelRequested|Failed$/.test(type)) {
          marks.push({ event: e, label: type });
        }
      }
    }
    const order = ['decision', 'activity', 'lambda', 'timer', 'child'];
    const sorted = [...laneByKey.values()].sort((x, y) => order.indexOf(x.kind) - order.indexOf(y.kind)
      || x.bars[0].from.eventId - y.bars[0].from.eventId);
    return { lanes: [workflow, ...sorted], marks };
  }
  function outcomeOf(word) { return OUTCOME[word] || (word === 'ContinuedAsNew' ? 'completed' : 'failed'); }

  function el(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /**
   * Draws the lanes into an SVG as wide as `width`. `now` (seconds) ends the bars still open.
   * When every event shares one instant (a frozen clock), x follows event order instead of time.
   */
  function draw(events, width, now, onPick) {
    const { lanes: all, marks } = lanes(events);
    const first = events[0] ? events[0].eventTimestamp : now;
    const lastEvent = events.length ? events[events.length - 1].eventTimestamp : now;
    const open = all[0].bars.some((b) => !b.to);
    const end = Math.max(open ? Math.max(now, lastEvent) : lastEvent, first);
    const byOrder = end - first < 0.001;
    const lastId = events.length ? events[events.length - 1].eventId : 1;
    const plot = Math.max(200, width - LABEL - 16);
    const x = (e, fallback) => {
      if (!e) return LABEL + plot * (byOrder ? 1 : (fallback - first) / (end - first || 1));
      return LABEL + plot * (byOrder ? (e.eventId - 1) / Math.max(1, lastId - 1) : (e.eventTimestamp - first) / (end - first || 1));
    };
    const height = TOP + all.length * ROW + 8;
    const svg = el('svg', { class: 'timeline', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
      'aria-label': 'timeline of ' + all.length + ' lanes' });
    svg.appendChild(el('text', { x: 8, y: 17, class: 'axis' }, byOrder ? 'by event order (all at one instant)' : Console.time(first)));
    svg.appendChild(el('text', { x: width - 8, y: 17, class: 'axis', 'text-anchor': 'end' },
      byOrder ? 'event ' + lastId : '+' + Console.span(end - first) + (open ? ' (now)' : '')));
    for (let i = 0; i <= 4; i++) {
      const gx = LABEL + (plot * i) / 4;
      svg.appendChild(el('line', { x1: gx, x2: gx, y1: TOP - 4, y2: height - 6, class: 'grid' }));
      if (i > 0 && i < 4) {
        svg.appendChild(el('text', { x: gx, y: 17, class: 'axis', 'text-anchor': 'middle' },
          byOrder ? 'event ' + Math.round(1 + ((lastId - 1) * i) / 4) : '+' + Console.span(((end - first) * i) / 4)));
      }
    }
    all.forEach((laneData, i) => {
      const y = TOP + i * ROW;
      const g = el('g', { class: 'lane ' + laneData.kind, 'data-lane': laneData.key });
      if (i % 2 === 0) g.appendChild(el('rect', { x: 0, y, width, height: ROW, class: 'stripe' }));
      const label = el('text', { x: 8, y: y + 17, class: 'label' }, truncate(laneData.label, 30));
      label.appendChild(el('title', {}, laneData.label));
      g.appendChild(label);
      const retried = laneData.kind !== 'decision' && laneData.kind !== 'workflow' && laneData.bars.length > 1;
      for (const bar of laneData.bars) g.appendChild(drawBar(bar, y, x, now, onPick, retried));
      svg.appendChild(g);
    });
    for (const mark of marks) {
      const mx = x(mark.event);
      const m = el('path', { d: `M${mx} ${TOP + 4} l5 -8 h-10 z`, class: 'mark', 'data-event': mark.event.eventId });
      m.appendChild(el('title', {}, mark.label + ' (event ' + mark.event.eventId + ')'));
      m.addEventListener('click', () => onPick(mark.event.eventId));
      svg.appendChild(m);
    }
    return svg;
  }

  function drawBar(bar, y, x, now, onPick, numbered) {
    const g = el('g', { class: 'bar ' + bar.outcome, 'data-outcome': bar.outcome, 'data-first-event': bar.ids[0] });
    const from = x(bar.from);
    const started = bar.started ? x(bar.started) : null;
    const to = bar.to ? x(bar.to) : x(null, now);
    const w = Math.max(4, to - from);
    g.appendChild(el('rect', { x: from, y: y + 6, width: w, height: ROW - 12, rx: 3, class: 'waiting' }));
    if (started !== null) {
      g.appendChild(el('rect', { x: started, y: y + 5, width: Math.max(4, to - started), height: ROW - 10, rx: 3, class: 'running' }));
    }
    if (bar.detail && (bar.outcome === 'failed' || bar.outcome === 'timedout')) {
      g.appendChild(el('text', { x: from + w + 6, y: y + 17, class: 'why' }, truncate(bar.detail, 48)));
    }
    if (numbered && w > 18) g.appendChild(el('text', { x: from + 4, y: y + 17, class: 'attempt' }, '#' + bar.attempt));
    const when = bar.to ? Console.span(bar.to.eventTimestamp - bar.from.eventTimestamp) : 'open';
    const why = bar.detail ? ' (' + bar.detail + ')' : '';
    g.appendChild(el('title', {}, `${bar.title} #${bar.attempt}: ${bar.outcome}${why} · ${when} · events ${bar.ids.join(', ')}`));
    g.addEventListener('click', () => onPick(bar.ids[bar.ids.length - 1]));
    return g;
  }

  function truncate(text, n) { return text.length > n ? text.slice(0, n - 1) + '…' : text; }

  return { draw, lanes, attrs };
})();
