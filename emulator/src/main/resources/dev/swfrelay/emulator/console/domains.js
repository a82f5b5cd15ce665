'use strict';
// Domains and types: every domain (registered and deprecated) with its retention, and its workflow
// and activity types with status and registered defaults.
(() => {
  const { h, swf, allPages, time } = Console;

  const seconds = (s) => s === undefined ? '' : s === 'NONE' ? 'none' : s + ' s';

  async function typeRows(domain, kind) {
    const list = kind === 'workflow' ? 'ListWorkflowTypes' : 'ListActivityTypes';
    const describe = kind === 'workflow' ? 'DescribeWorkflowType' : 'DescribeActivityType';
    const key = kind + 'Type';
    const infos = (await Promise.all(['REGISTERED', 'DEPRECATED'].map((s) =>
      allPages(list, { domain, registrationStatus: s, maximumPageSize: 1000 }, 'typeInfos')))).flat();
    const details = await Promise.all(infos.map((i) => swf(describe, { domain, [key]: i[key] }).catch(() => ({}))));
    return infos.map((info, n) => {
      const c = details[n].configuration || {};
      const defaults = kind === 'workflow'
        ? [c.defaultTaskList && 'task list ' + c.defaultTaskList.name, c.defaultExecutionStartToCloseTimeout && 'run ' + seconds(c.defaultExecutionStartToCloseTimeout),
          c.defaultTaskStartToCloseTimeout && 'decision ' + seconds(c.defaultTaskStartToCloseTimeout), c.defaultChildPolicy && 'children ' + c.defaultChildPolicy]
        : [c.defaultTaskList && 'task list ' + c.defaultTaskList.name, c.defaultTaskScheduleToStartTimeout && 'schedule→start ' + seconds(c.defaultTaskScheduleToStartTimeout),
          c.defaultTaskStartToCloseTimeout && 'start→close ' + seconds(c.defaultTaskStartToCloseTimeout), c.defaultTaskHeartbeatTimeout && 'heartbeat ' + seconds(c.defaultTaskHeartbeatTimeout)];
      return h('tr', {}, h('td', {}, kind), h('td', {}, info[key].name), h('td', {}, info[key].version),
        h('td', {}, h('span', { class: 'badge ' + info.status.toLowerCase() }, info.status)),
        h('td', { class: 'small' }, defaults.filter(Boolean).join(' · ') || '—'),
        h('td', { class: 'muted small' }, info.description || ''), h('td', { class: 'mono small' }, time(info.creationDate)));
    });
  }

  Console.pages.domains = async (page) => {
    page.appendChild(h('div', { class: 'title' }, h('h1', {}, 'Domains and types')));
    const all = (await Promise.all(['REGISTERED', 'DEPRECATED'].map((s) =>
      allPages('ListDomains', { registrationStatus: s, maximumPageSize: 1000 }, 'domainInfos')))).flat();
    if (!all.length) page.appendChild(h('div', { class: 'card empty' }, 'No domain is registered.'));
    for (const d of all) {
      const detail = await swf('DescribeDomain', { name: d.name });
      const rows = [...await typeRows(d.name, 'workflow'), ...await typeRows(d.name, 'activity')];
      page.appendChild(h('div', { class: 'card', 'data-domain': d.name },
        h('div', { class: 'tl-head' }, h('h3', {}, d.name), h('span', { class: 'badge ' + d.status.toLowerCase() }, d.status),
          h('span', { class: 'muted' }, 'retention ' + detail.configuration.workflowExecutionRetentionPeriodInDays + ' days'),
          d.description ? h('span', { class: 'muted' }, d.description) : null),
        h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Kind', 'Name', 'Version', 'Status', 'Defaults', 'Description', 'Registered (UTC)'].map((c) => h('th', {}, c)))),
          h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 7, class: 'empty' }, 'No types registered.'))))));
    }
  };
})();
