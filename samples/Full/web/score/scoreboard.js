import { loadConfig } from '../api-config.js';
import { $ } from '../page.js';
import { sendWrite, showCredentialsWhenNeeded } from '../sigv4.js';

// The leaderboard comes from GET /leaderboard, then stays current through the WebSocket API: every change of the
// Players table is pushed as {"type":"score","op":"insert"|"modify"|"remove","player":{...},"previous":{...}}.
// The API URLs come from config.json (see api-config.js).

const LIMIT = 10;
const RECONNECT_MIN_MS = 1000;
const RECONNECT_MAX_MS = 30000;

/** Every player this page knows of, by id; the best LIMIT of them are shown. */
const players = new Map();
/** The table row of each shown player, reused so a change updates its row in place. */
const rows = new Map();

let config = null;
let apiUrl = '';

// ---- leaderboard ---------------------------------------------------------------------------------------------

const byRank = (a, b) => b.score - a.score || String(a.name).localeCompare(String(b.name)) || a.playerId.localeCompare(b.playerId);

function render(changedId) {
  const shown = [...players.values()].sort(byRank).slice(0, LIMIT);
  const tbody = $('leaderboard');
  $('leaderboard-empty')?.remove();
  const keep = new Set(shown.map((p) => p.playerId));
  for (const [id, row] of rows) {
    if (!keep.has(id)) {
      row.remove();
      rows.delete(id);
    }
  }
  shown.forEach((player, index) => {
    let row = rows.get(player.playerId);
    if (!row) {
      row = document.createElement('tr');
      for (const className of ['number', '', '', 'number', 'muted']) {
        row.insertCell().className = className;
      }
      rows.set(player.playerId, row);
    }
    const [rank, name, id, score, updated] = row.cells;
    rank.textContent = String(index + 1);
    name.textContent = player.name;
    id.textContent = player.playerId;
    score.textContent = String(player.score);
    updated.textContent = new Date(player.updatedAt).toLocaleTimeString();
    // Rows already in place stay untouched: moving a row in the document would restart its highlight.
    if (tbody.rows[index] !== row) {
      tbody.insertBefore(row, tbody.rows[index] ?? null);
    }
  });
  if (shown.length === 0) {
    const empty = tbody.insertRow();
    empty.id = 'leaderboard-empty';
    const cell = empty.insertCell();
    cell.colSpan = 5;
    cell.className = 'empty';
    cell.textContent = 'No players yet: add one below.';
  }
  highlight(rows.get(changedId));
}

function highlight(row) {
  if (!row) {
    return;
  }
  row.classList.remove('changed');
  void row.offsetWidth; // restarts the animation when the same row changes again quickly
  row.classList.add('changed');
  row.addEventListener('animationend', () => row.classList.remove('changed'), { once: true });
}

// A refresh replaces what the page knows with the server's top LIMIT. Changes that arrive while it is in flight
// may be newer than its answer, so they are applied again on top of it; a refresh asked for meanwhile runs after it.
let refreshing = null;
let refreshAgain = false;
let arrivedDuringRefresh = [];

function refresh() {
  if (refreshing) {
    refreshAgain = true;
  } else {
    arrivedDuringRefresh = [];
    refreshing = (async () => {
      try {
        const response = await fetch(`${apiUrl}/leaderboard?limit=${LIMIT}`, { cache: 'no-store' });
        if (!response.ok) {
          throw new Error(`GET /leaderboard answered HTTP ${response.status}`);
        }
        const top = await response.json();
        players.clear();
        for (const player of top) {
          players.set(player.playerId, player);
        }
        for (const change of arrivedDuringRefresh) {
          apply(change);
        }
        $('board-problem').hidden = true;
      } catch (error) {
        $('board-problem').hidden = false;
        $('board-problem').textContent = `Could not load the leaderboard: ${error.message}`;
      } finally {
        refreshing = null;
        arrivedDuringRefresh = [];
        render();
        if (refreshAgain) {
          refreshAgain = false;
          refresh();
        }
      }
    })();
  }
  return refreshing;
}

/** Applies one pushed change; true when a shown player left or dropped, leaving a place only the server can fill. */
function apply(change) {
  const image = change.player ?? change.previous;
  if (!image?.playerId) {
    return false;
  }
  const id = image.playerId;
  const known = players.get(id);
  const wasShown = rows.has(id);
  if (change.op === 'remove') {
    players.delete(id);
    return wasShown;
  }
  // Versions only grow: an older image arriving late must not overwrite a newer one.
  if (!change.player || (known && known.version > change.player.version)) {
    return false;
  }
  players.set(id, change.player);
  return wasShown && known !== undefined && change.player.score < known.score;
}

function onPush(change) {
  if (change?.type !== 'score' || !['insert', 'modify', 'remove'].includes(change.op)) {
    return;
  }
  if (refreshing) {
    arrivedDuringRefresh.push(change);
  }
  const leftAPlace = apply(change);
  render((change.player ?? change.previous)?.playerId);
  // The page only knows the top LIMIT: who comes next after a removed or dropped player, only the server knows.
  if (leftAPlace) {
    refresh();
  }
}

// ---- live connection -----------------------------------------------------------------------------------------

function setStatus(state, text) {
  const status = $('status');
  status.className = `status ${state}`;
  status.textContent = text;
}

let failedAttempts = 0;

function connect(webSocketUrl) {
  setStatus('connecting', failedAttempts === 0 ? 'Connecting…' : 'Reconnecting…');
  let socket;
  try {
    socket = new WebSocket(webSocketUrl);
  } catch (error) {
    setStatus('offline', 'No live updates');
    $('board-problem').hidden = false;
    $('board-problem').textContent = `config.json has no usable webSocketUrl (${error.message}).`;
    return;
  }
  socket.addEventListener('open', () => {
    failedAttempts = 0;
    setStatus('live', 'Live');
    // Changes made while the page was not connected were never pushed to it.
    refresh();
  });
  socket.addEventListener('message', (event) => {
    let message;
    try {
      message = JSON.parse(event.data);
    } catch {
      return; // not JSON, so not a score change
    }
    onPush(message);
  });
  socket.addEventListener('close', () => {
    // Exponential backoff with jitter, so that many pages do not all reconnect at the same moment.
    const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** failedAttempts);
    const delay = Math.round(ceiling / 2 + Math.random() * ceiling / 2);
    failedAttempts += 1;
    setStatus('offline', `Offline, retrying in ${Math.ceil(delay / 1000)} s`);
    setTimeout(() => connect(webSocketUrl), delay);
  });
}

// ---- player form ---------------------------------------------------------------------------------------------

function showResult(text, isError) {
  const result = $('form-result');
  result.textContent = text;
  result.className = `actions ${isError ? 'error' : 'ok'}`;
}

function clearErrors() {
  for (const span of document.querySelectorAll('[data-field]')) {
    span.textContent = '';
  }
  showResult('', false);
}

/** Shows an application/problem+json answer: the summary below the buttons, each field's messages next to it. */
async function showProblem(response) {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) {
    showResult(`HTTP ${response.status} ${response.statusText}`, true);
    return;
  }
  const problem = await response.json();
  const unplaced = [];
  for (const [field, messages] of Object.entries(problem.errors ?? {})) {
    const span = document.querySelector(`[data-field="${CSS.escape(field)}"]`);
    const text = [].concat(messages).join(' ');
    if (span) {
      span.textContent = text;
    } else {
      unplaced.push(`${field}: ${text}`);
    }
  }
  showResult([problem.title ?? `HTTP ${response.status}`, problem.detail, ...unplaced].filter(Boolean).join(' '), true);
}

function scoreValue(input) {
  // An empty score is left out and any number is sent as it is: the API's validation message is the one shown.
  if (input.value.trim() === '') {
    return undefined;
  }
  return Number.isFinite(input.valueAsNumber) ? input.valueAsNumber : input.value;
}

async function submitPlayer(event) {
  event.preventDefault();
  clearErrors();
  const action = event.submitter?.value ?? 'create';
  const playerId = $('playerId').value.trim();
  const name = $('name').value.trim();
  const score = scoreValue($('score'));
  if (action !== 'create' && playerId === '') {
    // The id is part of the URL here, so the API could not even say which field is missing.
    document.querySelector('[data-field="playerId"]').textContent = 'Is required.';
    return;
  }
  const path = `${apiUrl}/players/${encodeURIComponent(playerId)}`;
  const request =
    action === 'create' ? { url: `${apiUrl}/players`, method: 'POST', body: { playerId, name: name || undefined, score } }
    : action === 'update' ? { url: path, method: 'PUT', body: { name: name || undefined, score } }
    : { url: path, method: 'DELETE' };
  let response;
  try {
    response = await sendWrite(config, request.url, request.method, request.body ? JSON.stringify(request.body) : undefined);
  } catch (error) {
    showResult(`Could not reach the API: ${error.message}`, true);
    return;
  }
  if (!response) {
    showResult('Enter the access key id, secret access key and region to sign with.', true);
    return;
  }
  if (!response.ok) {
    await showProblem(response);
    return;
  }
  if (action === 'delete') {
    showResult(`Deleted ${playerId}.`, false);
    return;
  }
  const player = await response.json();
  showResult(`${response.status === 201 ? 'Added' : 'Saved'} ${player.name} (${player.playerId}) with score ${player.score}, version ${player.version}.`, false);
}

// ---- start ---------------------------------------------------------------------------------------------------

async function start() {
  $('player-form').addEventListener('submit', submitPlayer);
  try {
    config = await loadConfig();
  } catch (error) {
    setStatus('offline', 'No configuration');
    $('board-problem').hidden = false;
    $('board-problem').textContent = `Could not read config.json: ${error.message}`;
    return;
  }
  apiUrl = config.apiUrl;
  showCredentialsWhenNeeded(config);
  await refresh();
  connect(config.webSocketUrl);
}

start();
