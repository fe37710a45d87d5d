import { loadConfig } from './api-config.js';
import { $, cell } from './page.js';

// The dashboard reads the local cloud's inspection endpoints (/_local/...) once a second.
const POLL_MS = 1000;
const ROWS = 100;

function time(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso ?? '') : date.toLocaleTimeString();
}

// Redraws a table body only when its data changed, so a reader's text selection survives the polling.
const lastDrawn = new Map();
function draw(tbodyId, items, columns, renderRow) {
  const json = JSON.stringify(items);
  if (lastDrawn.get(tbodyId) === json) {
    return;
  }
  lastDrawn.set(tbodyId, json);
  const tbody = $(tbodyId);
  tbody.replaceChildren();
  if (items.length === 0) {
    cell(tbody.insertRow(), 'Nothing yet.', 'empty').colSpan = columns;
    return;
  }
  for (const item of items) {
    renderRow(tbody.insertRow(), item);
  }
}

const newestFirst = (items) => items.slice(-ROWS).reverse();

function drawOutbox(messages) {
  draw('outbox', newestFirst(messages), 5, (row, m) => {
    cell(row, time(m.time));
    cell(row, String(m.topicArn ?? '').split(':').pop()).title = m.topicArn ?? '';
    cell(row, m.subject ?? '');
    const message = row.insertCell();
    const pre = document.createElement('pre');
    pre.textContent = m.message ?? '';
    message.append(pre);
    cell(row, Object.entries(m.attributes ?? {}).map(([name, value]) => `${name}=${value}`).join(', '));
  });
}

function drawInvocations(invocations) {
  draw('invocations', newestFirst(invocations), 5, (row, i) => {
    cell(row, time(i.time));
    cell(row, i.functionId);
    cell(row, i.trigger);
    cell(row, Number(i.durationMs).toFixed(1), 'number');
    cell(row, i.errorType ? `${i.outcome} (${i.errorType})` : i.outcome, i.outcome === 'ok' ? 'ok' : 'error');
  });
}

function drawDeadLetters(letters) {
  $('dead-letters-section').hidden = false;
  const json = JSON.stringify(letters);
  if (lastDrawn.get('dead-letters') === json) {
    return;
  }
  lastDrawn.set('dead-letters', json);
  const list = $('dead-letters');
  list.replaceChildren();
  if (letters.length === 0) {
    const item = document.createElement('li');
    item.className = 'empty';
    item.textContent = 'None: every batch succeeded.';
    list.append(item);
    return;
  }
  for (const letter of newestFirst(letters)) {
    const item = document.createElement('li');
    const pre = document.createElement('pre');
    pre.textContent = JSON.stringify(letter, null, 2);
    item.append(pre);
    list.append(item);
  }
}

function drawConnections(connections) {
  draw('connections', connections, 4, (row, c) => {
    cell(row, c.connectionId).style.fontFamily = 'monospace';
    cell(row, time(c.connectedAt));
    cell(row, String(c.messagesSent), 'number');
    cell(row, String(c.messagesReceived), 'number');
  });
}

async function getJson(url) {
  const response = await fetch(url, { cache: 'no-store' });
  return response.ok ? response.json() : null;
}

async function poll(apiUrl) {
  try {
    const [outbox, invocations, deadLetters, connections] = await Promise.all([
      getJson(`${apiUrl}/_local/outbox`),
      getJson(`${apiUrl}/_local/invocations`),
      // Only some feature sets have queues with dead-letter queues; the section stays hidden otherwise.
      getJson(`${apiUrl}/_local/dead-letters`),
      getJson(`${apiUrl}/_local/connections`),
    ]);
    if (outbox) drawOutbox(outbox);
    if (invocations) drawInvocations(invocations);
    if (deadLetters) drawDeadLetters(deadLetters);
    if (connections) drawConnections(connections);
    $('problem').hidden = true;
  } catch (error) {
    $('problem').hidden = false;
    $('problem').textContent = `The local cloud does not answer (${error.message}). Is it still running?`;
  } finally {
    setTimeout(() => poll(apiUrl), POLL_MS);
  }
}

async function start() {
  try {
    const config = await loadConfig();
    $('api-url').textContent = config.apiUrl;
    $('websocket-url').textContent = config.webSocketUrl;
    const health = await getJson(`${config.apiUrl}/_local/health`);
    if (!health) {
      // Deployed: there is no local cloud to inspect, only the feature pages.
      $('mode').textContent = 'deployed';
      return;
    }
    $('mode').textContent = `local cloud, ${health.mode}, ${health.functions?.length ?? 0} functions`;
    await poll(config.apiUrl);
  } catch (error) {
    $('problem').hidden = false;
    $('problem').textContent = `Could not read config.json: ${error.message}`;
  }
}

start();
