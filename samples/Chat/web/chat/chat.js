import { loadConfig } from '../api-config.js';
import { $ } from '../page.js';
import { accessToken, setUpSignIn, signOut } from '../signin.js';

// The chat speaks to the WebSocket API: it sends {"action":"sendMessage","message":"…"} and receives
// {"type":"chat","from","message","sentAt"}, {"type":"broadcast","message","sentAt"} and, for its own refused
// messages, {"type":"error","error"}. Other pushes on the same API (score changes) are not for this page.
// Every text is shown with textContent: a message is never HTML. Where chatting needs a signed-in customer, the page
// connects with the customer's token (?token=, as browsers cannot set headers on a WebSocket); without one it listens.

const RECONNECT_MIN_MS = 1000;
const RECONNECT_MAX_MS = 30000;

let socket = null;
let failedAttempts = 0;
let webSocketUrl = '';
let signInNeeded = false;

function setStatus(state, text) {
  $('status').className = `status ${state}`;
  $('status').textContent = text;
}

function showProblem(text) {
  $('problem').hidden = !text;
  $('problem').textContent = text ?? '';
}

function append(kind, from, text, sentAt) {
  const list = $('messages');
  list.querySelector('.empty')?.remove();
  const item = document.createElement('li');
  item.className = kind;
  const time = document.createElement('time');
  time.dateTime = sentAt;
  time.textContent = new Date(sentAt).toLocaleTimeString();
  const who = document.createElement('strong');
  who.textContent = from;
  const body = document.createElement('span');
  body.className = 'text';
  body.textContent = text;
  item.append(time, ' ', who, ' ', body);
  list.append(item);
  item.scrollIntoView({ block: 'nearest' });
}

function onPush(push) {
  switch (push.type) {
    case 'chat':
      append('chat', `${String(push.from).slice(0, 8)}…`, push.message, push.sentAt);
      break;
    case 'broadcast':
      append('broadcast', 'Broadcast', push.message, push.sentAt);
      break;
    case 'error':
      showProblem(`Not sent: ${push.error}`);
      break;
    default:
      break;
  }
}

function connect() {
  setStatus('connecting', failedAttempts === 0 ? 'Connecting…' : 'Reconnecting…');
  const token = accessToken();
  let opened = false;
  try {
    socket = new WebSocket(token ? `${webSocketUrl}?token=${encodeURIComponent(token)}` : webSocketUrl);
  } catch (error) {
    setStatus('offline', 'Offline');
    showProblem(`config.json has no usable webSocketUrl (${error.message}).`);
    return;
  }
  socket.addEventListener('open', () => {
    opened = true;
    failedAttempts = 0;
    setStatus('live', signInNeeded && !token ? 'Live, listening only' : 'Live');
  });
  socket.addEventListener('message', (event) => {
    try {
      onPush(JSON.parse(event.data));
    } catch {
      // not JSON: nothing this page understands
    }
  });
  const current = socket;
  socket.addEventListener('close', () => {
    if (socket !== current) return;
    socket = null;
    if (token && !opened) {
      // The token was refused (expired, or the local cloud restarted): sign in again; meanwhile listen without it.
      signOut();
    }
    // Exponential backoff with jitter, so that many pages do not all reconnect at the same moment.
    const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** failedAttempts);
    const delay = Math.round(ceiling / 2 + Math.random() * ceiling / 2);
    failedAttempts += 1;
    setStatus('offline', `Offline, retrying in ${Math.ceil(delay / 1000)} s`);
    setTimeout(connect, delay);
  });
}

$('chat-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = $('message');
  const message = input.value.trim();
  if (!message) {
    showProblem('Type a message first.');
    return;
  }
  if (!socket || socket.readyState !== WebSocket.OPEN) {
    showProblem('Not connected yet: the message was not sent.');
    return;
  }
  showProblem(null);
  socket.send(JSON.stringify({ action: 'sendMessage', message }));
  input.value = '';
});

// Signing in or out opens a new connection, with or without the token.
function reconnect() {
  const old = socket;
  socket = null;
  old?.close();
  failedAttempts = 0;
  connect();
}

try {
  const config = await loadConfig();
  webSocketUrl = config.webSocketUrl;
  signInNeeded = Boolean(config.userPool);
  setUpSignIn(config, () => socket && reconnect());
  connect();
} catch (error) {
  setStatus('offline', 'Offline');
  showProblem(`Could not read config.json: ${error.message}`);
}
