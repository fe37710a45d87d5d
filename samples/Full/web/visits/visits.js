import { loadConfig } from '../api-config.js';
import { $ } from '../page.js';
import { customerFetch, setUpSignIn } from '../signin.js';

// POST /visits answers 202 {"messageId"} once the visit is queued, or problem+json naming each bad field.

const FIELDS = ['productId', 'productName', 'category', 'pricePerUnit', 'customerId', 'customerName', 'timeOfVisit'];

function showResult(text, isError) {
  $('result').textContent = text;
  $('result').className = `actions ${isError ? 'error' : 'ok'}`;
}

function showFieldErrors(errors) {
  for (const span of document.querySelectorAll('.field-error')) {
    span.textContent = [].concat(errors[span.dataset.field] ?? []).join(' ');
  }
}

function visitFromForm() {
  const visit = Object.fromEntries(FIELDS.map((name) => [name, $(name).value.trim()]));
  // A number, as the API expects; an empty or non-numeric entry goes as typed, for the API to name.
  const price = Number(visit.pricePerUnit);
  visit.pricePerUnit = visit.pricePerUnit !== '' && Number.isFinite(price) ? price : visit.pricePerUnit;
  // The browser's local time, sent with its offset as UTC.
  const local = new Date(visit.timeOfVisit);
  visit.timeOfVisit = Number.isNaN(local.getTime()) ? visit.timeOfVisit : local.toISOString();
  return visit;
}

async function record(apiUrl) {
  showFieldErrors({});
  const response = await customerFetch(`${apiUrl}/visits`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(visitFromForm()),
  });
  if (response === null) {
    showResult('Sign in first: visits are recorded for a signed-in customer.', true);
    return;
  }
  const answer = await response.json().catch(() => ({}));
  if (response.status === 202) {
    showResult(`Queued as message ${answer.messageId}: it reaches the lake within seconds.`, false);
    return;
  }
  showFieldErrors(answer.errors ?? {});
  showResult(answer.title ?? answer.message ?? `HTTP ${response.status}`, true);
}

function now() {
  const date = new Date();
  date.setSeconds(date.getSeconds(), 0);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 19);
}

try {
  const config = await loadConfig();
  const { apiUrl } = config;
  setUpSignIn(config);
  $('timeOfVisit').value = now();
  $('visit-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await record(apiUrl);
    } catch (error) {
      showResult(`The visit was not sent: ${error.message}`, true);
    }
  });
} catch (error) {
  showResult(`Could not read config.json: ${error.message}`, true);
}
