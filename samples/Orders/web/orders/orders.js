import { loadConfig } from '../api-config.js';
import { $, cell, problem } from '../page.js';
import { customerFetch, setUpSignIn } from '../signin.js';

// POST /orders with an Idempotency-Key: sending the same request again returns the same order instead of storing a
// second one. Locally the notifications come from the local cloud's SNS outbox; deployed they arrive by email.

const POLL_MS = 1000;

let apiUrl = '';
let lastRequest = null;

function showErrors(body) {
  for (const span of document.querySelectorAll('.field-error')) span.textContent = '';
  const unplaced = [];
  for (const [field, messages] of Object.entries(body?.errors ?? {})) {
    const span = document.querySelector(`.field-error[data-field="${CSS.escape(field)}"]`);
    if (span) span.textContent = messages.join(' ');
    else unplaced.push(`${field}: ${messages.join(' ')}`);
  }
  $('form-result').textContent = body ? [body.detail ?? body.title, ...unplaced].filter(Boolean).join(' ') : '';
  $('form-result').className = body ? 'actions error' : 'actions';
}

async function send(request) {
  showErrors(null);
  let response;
  try {
    response = await customerFetch(`${apiUrl}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': request.key },
      body: JSON.stringify(request.body),
    });
  } catch (error) {
    showErrors({ title: `The orders API did not answer (${error.message}). Try again: the same key cannot store the order twice.` });
    return;
  }
  if (response === null) {
    showErrors({ title: 'Sign in first: orders are placed by a signed-in customer.' });
    return;
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    showErrors(body ?? { title: `The orders API answered HTTP ${response.status}.` });
    return;
  }
  const replayed = response.headers.get('Idempotent-Replayed') === 'true';
  $('form-result').textContent = replayed ? `Order ${body.orderId} was already placed: the same order came back.` : `Order ${body.orderId} placed.`;
  addRow(body, replayed);
}

function addRow(order, replayed) {
  $('orders').querySelector('.empty')?.parentElement.remove();
  const row = $('orders').insertRow(0);
  cell(row, order.orderId).style.fontFamily = 'monospace';
  cell(row, order.customerName);
  cell(row, order.productName);
  cell(row, String(order.quantity), 'number');
  cell(row, new Date(order.orderTime).toLocaleString());
  cell(row, replayed ? 'same order returned (retry)' : 'new', replayed ? 'muted' : undefined);
}

let drawn = '';
async function refreshNotifications() {
  try {
    const response = await fetch(`${apiUrl}/_local/outbox`, { cache: 'no-store' });
    if (!response.ok) throw new Error(`the outbox answered HTTP ${response.status}`);
    const messages = (await response.json()).filter((m) => m.attributes?.eventType === 'OrderPlaced').reverse();
    const json = JSON.stringify(messages.map((m) => m.messageId));
    if (json !== drawn) {
      drawn = json;
      const tbody = $('notifications');
      tbody.replaceChildren();
      if (messages.length === 0) cell(tbody.insertRow(), 'No notifications yet.', 'empty').colSpan = 3;
      for (const message of messages) {
        const row = tbody.insertRow();
        cell(row, new Date(message.time).toLocaleString());
        cell(row, message.subject);
        const pre = document.createElement('pre');
        pre.textContent = message.message;
        row.insertCell().append(pre);
      }
    }
    problem(null);
  } catch (error) {
    problem(`The notifications cannot be read (${error.message}); is the local cloud still running?`);
  } finally {
    setTimeout(refreshNotifications, POLL_MS);
  }
}

$('order-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const quantity = form.get('quantity');
  lastRequest = {
    key: crypto.randomUUID(),
    body: { customerName: form.get('customerName'), productName: form.get('productName'), quantity: quantity === '' ? undefined : Number(quantity) },
  };
  $('retry').disabled = false;
  await send(lastRequest);
});
$('retry').addEventListener('click', () => lastRequest && send(lastRequest));

try {
  const config = await loadConfig();
  ({ apiUrl } = config);
  setUpSignIn(config);
  const local = await fetch(`${apiUrl}/_local/health`, { cache: 'no-store' }).then((r) => r.ok).catch(() => false);
  if (local) {
    await refreshNotifications();
  } else {
    $('notifications-where').textContent = 'Deployed, the notifications arrive by email at the address the stack subscribed.';
  }
} catch (error) {
  problem(`Could not read config.json: ${error.message}`);
}
