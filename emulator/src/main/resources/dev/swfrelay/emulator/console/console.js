'use strict';
// swf-relay console. Reads and acts through SWF's own JSON protocol (POST / with X-Amz-Target),
// plus the server's /_relay/tasklists and /_relay/clock routes. Every string that came from a
// user (ids, input, result, reason, details, identity, tags) is put in the page as text only.

const Console = (() => {
  let refreshTimer = null;
  let pageToken = 0; // bumps on navigation so a stale refresh does not draw on the next page

  // ---------- DOM, as text ----------
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
      else if (key === 'class') el.className = value;
      else el.setAttribute(key, value === true ? '' : String(value));
    }
    append(el, children);
    return el;
  }
  function append(el, children) {
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }

  // ---------- the wire ----------
  class SwfError extends Error {
    constructor(type, message) { super(message || type); this.type = (type || 'Error').split('#').pop(); }
  }
  async function swf(operation, body) {
    const response = await fetch('/', {
      method: 'POST',
      headers: { 'X-Amz-Target': 'SimpleWorkflowService.' + operation, 'Content-Type': 'application/x-amz-json-1.0' },
      body: JSON.stringify(body || {}),
    });
    return answer(response);
  }
  async function relay(route, body) {
    const init = body === undefined ? {} : {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Relay-Console': '1' }, body: JSON.stringify(body),
    };
    return answer(await fetch('/_relay/' + route, init));
  }
  async function answer(response) {
    const text = await response.text();
    let json = {};
    try { json = text ? JSON.parse(text) : {}; } catch (e) { throw new SwfError('HTTP ' + response.status, text.slice(0, 200)); }
    if (!response.ok) throw new SwfError(json.__type || ('HTTP ' + response.status), json.message);
    return json;
  }
  async function allPages(operation, body, key) {
    let items = [];
    let token;
    do {
      const page = await swf(operation, Object.assign({}, body, token ? { nextPageToken: token } : {}));
      items = items.concat(page[key] || []);
      token = page.nextPageToken;
    } while (token);
    return items;
  }

  // ---------- formatting ----------
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  function time(seconds) {
    if (seconds === undefined || seconds === null) return '';
    const d = new Date(seconds * 1000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} `
      + `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
  }
  function span(seconds) {
    if (seconds < 0.001) return '0 ms';
    if (seconds < 1) return Math.round(seconds * 1000) + ' ms';
    if (seconds < 60) return (Math.round(seconds * 10) / 10) + ' s';
    if (seconds < 3600) return Math.floor(seconds / 60) + ' min ' + Math.round(seconds % 60) + ' s';
    if (seconds < 86400) return Math.floor(seconds / 3600) + ' h ' + Math.round((seconds % 3600) / 60) + ' min';
    return Math.floor(seconds / 86400) + ' d ' + Math.round((seconds % 86400) / 3600) + ' h';
  }
  function status(info) {
    const word = info.executionStatus === 'OPEN' ? (info.cancelRequested ? 'OPEN · CANCEL REQUESTED' : 'OPEN') : info.closeStatus;
    return h('span', { class: 'badge ' + String(info.executionStatus === 'OPEN' ? 'open' : info.closeStatus).toLowerCase() }, word);
  }
  const typeText = (t) => t ? `${t.name} ${t.version}` : '';
  function toast(message, bad) {
    const el = document.getElementById('toast');
    el.textContent = message;
    el.className = bad ? 'bad' : 'good';
    el.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { el.hidden = true; }, 5000);
  }
  function problem(error) {
    return h('div', { class: 'problem' }, h('strong', {}, error.type || 'Error'), ' ', error.message || String(error));
  }
  function executionHref(domain, execution) {
    return '#/execution/' + [domain, execution.workflowId, execution.runId].map(encodeURIComponent).join('/');
  }

  // ---------- routing ----------
  const pages = {};
  function route() {
    const [path, query] = location.hash.replace(/^#/, '').split('?');
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const name = parts[0] || 'executions';
    clearInterval(refreshTimer);
    refreshTimer = null;
    pageToken++;
    document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('current', a.dataset.page === name
      || (name === 'execution' && a.dataset.page === 'executions')));
    const page = clear(document.getElementById('page'));
    const render = pages[name] || pages.executions;
    const params = new URLSearchParams(query || '');
    if (params.get('domain')) chooseDomain(params.get('domain'));
    render(page, parts.slice(1), params).catch((e) => page.appendChild(problem(e)));
  }
  /**
   * Calls draw now and every `ms` while this page is shown; draw gets a function telling if it is
   * still current. A first draw that fails fails the page; later failures are reported and retried.
   */
  async function every(ms, draw) {
    const mine = pageToken;
    const current = () => mine === pageToken;
    await draw(current);
    if (!current()) return;
    refreshTimer = setInterval(() => {
      if (current()) draw(current).catch((e) => { if (current()) toast(e.message, true); });
    }, ms);
  }

  // ---------- domains ----------
  let domains = [];
  async function loadDomains() {
    domains = await allPages('ListDomains', { registrationStatus: 'REGISTERED', maximumPageSize: 1000 }, 'domainInfos');
    const select = clear(document.getElementById('domain'));
    if (domains.length === 0) select.appendChild(h('option', { value: '' }, '(no domains)'));
    for (const d of domains) select.appendChild(h('option', { value: d.name }, d.name));
    const saved = localStorage.getItem('swf-relay.domain');
    if (domains.some((d) => d.name === saved)) select.value = saved;
  }
  const domain = () => document.getElementById('domain').value;
  function chooseDomain(name) {
    const select = document.getElementById('domain');
    if (name && [...select.options].some((o) => o.value === name)) select.value = name;
    localStorage.setItem('swf-relay.domain', select.value);
  }

  // ---------- dialog ----------
  /** A modal form: fields [{name, label, value, area, options}], resolves to the values or null. */
  function ask(title, text, fields, confirmLabel, danger) {
    const dialog = document.getElementById('dialog');
    const form = clear(document.getElementById('dialog-form'));
    form.appendChild(h('h2', {}, title));
    if (text) form.appendChild(h('p', { class: 'muted' }, text));
    for (const f of fields) {
      let input;
      if (f.options) {
        input = h('select', { name: f.name }, f.options.map((o) => h('option', { value: o }, o)));
        input.value = f.value || f.options[0];
      } else if (f.area) {
        input = h('textarea', { name: f.name, rows: 4 });
        input.value = f.value || '';
      } else {
        input = h('input', { name: f.name, required: f.required });
        input.value = f.value || '';
      }
      form.appendChild(h('label', { class: 'field' }, h('span', {}, f.label), input));
    }
    form.appendChild(h('div', { class: 'buttons' },
      h('button', { value: 'cancel', formnovalidate: true, class: 'quiet' }, 'Cancel'),
      h('button', { value: 'ok', class: danger ? 'danger' : 'primary', id: 'dialog-ok' }, confirmLabel)));
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => {
        if (dialog.returnValue !== 'ok') return resolve(null);
        const values = {};
        for (const f of fields) values[f.name] = form.elements[f.name].value;
        resolve(values);
      }, { once: true });
      dialog.returnValue = '';
      dialog.showModal();
    });
  }

  /** The server's time in seconds: the emulator's clock (maybe frozen), else this browser's. */
  async function now() {
    try { return Date.parse((await relay('clock')).time) / 1000; } catch (e) { return Date.now() / 1000; }
  }

  async function boot() {
    document.getElementById('domain').addEventListener('change', () => { chooseDomain(); route(); });
    try { await loadDomains(); } catch (e) { toast('Cannot list domains: ' + e.message, true); }
    window.addEventListener('hashchange', route);
    route();
  }

  return { h, append, clear, swf, relay, allPages, time, span, status, typeText, toast, problem, executionHref,
    pages, every, ask, now, domain, chooseDomain, loadDomains, boot, SwfError, get domains() { return domains; } };
})();

document.addEventListener('DOMContentLoaded', () => Console.boot());
