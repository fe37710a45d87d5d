import { loadConfig } from '../api-config.js';
import { $, cell, problem } from '../page.js';

// Locally, /_local/audit lists the CloudTrail events of every call to the local S3 endpoint and how the audit rule
// delivered them; the alerts are the outbox's messages marked eventType=BucketChange. Deployed, the trail is in
// CloudTrail and the alerts arrive by email.

const POLL_MS = 2000;

async function json(url) {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${new URL(url).pathname} answered HTTP ${response.status}`);
  return response.json();
}

function alertState(deliveries) {
  if (deliveries.length === 0) return 'no rule matched';
  return deliveries.map((d) => (d.state === 'delivered' ? `sent to ${d.function}` : `${d.state} (${d.function}, attempt ${d.attempts})`)).join('; ');
}

function drawAlerts(outbox) {
  const alerts = outbox.filter((m) => m.attributes?.eventType === 'BucketChange').reverse();
  const list = $('alerts');
  list.replaceChildren();
  if (alerts.length === 0) {
    const item = document.createElement('li');
    item.className = 'empty';
    item.textContent = 'No alerts yet: change a bucket policy or delete an object.';
    list.append(item);
  }
  for (const alert of alerts) {
    const item = document.createElement('li');
    const subject = document.createElement('strong');
    subject.textContent = `${alert.subject} · ${new Date(alert.time).toLocaleString()}`;
    const message = document.createElement('pre');
    message.textContent = alert.message;
    item.append(subject, message);
    list.append(item);
  }
}

function drawTrail(entries) {
  const tbody = $('trail');
  tbody.replaceChildren();
  if (entries.length === 0) cell(tbody.insertRow(), 'No S3 calls yet.', 'empty').colSpan = 7;
  for (const entry of [...entries].reverse()) {
    const row = tbody.insertRow();
    cell(row, new Date(entry.time).toLocaleString());
    cell(row, entry.eventName);
    cell(row, entry.key ? `${entry.bucket}/${entry.key}` : entry.bucket ?? '');
    cell(row, entry.caller);
    cell(row, entry.sourceIp);
    cell(row, entry.errorCode ? `failed: ${entry.errorCode}` : 'succeeded', entry.errorCode ? 'error' : undefined);
    cell(row, alertState(entry.deliveries));
  }
}

let drawn = '';
async function poll(apiUrl) {
  try {
    const [trail, outbox] = await Promise.all([json(`${apiUrl}/_local/audit`), json(`${apiUrl}/_local/outbox`)]);
    const state = JSON.stringify([trail.length, trail.at(-1), outbox.length]);
    if (state !== drawn) {
      drawn = state;
      drawTrail(trail);
      drawAlerts(outbox);
    }
    problem(null);
  } catch (error) {
    problem(`The audit trail cannot be read (${error.message}); is the local cloud still running?`);
  } finally {
    setTimeout(() => poll(apiUrl), POLL_MS);
  }
}

try {
  const { apiUrl } = await loadConfig();
  const health = await fetch(`${apiUrl}/_local/health`, { cache: 'no-store' }).then((r) => (r.ok ? r.json() : null)).catch(() => null);
  if (!health) {
    $('where').textContent = 'Deployed, CloudTrail keeps the trail (in the trail bucket and the CloudTrail console) and each alert arrives by email.';
  } else {
    $('where').textContent = `Calls to the local S3 endpoint ${health.endpoints.s3}.`;
    $('try-command').textContent =
      `AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_REGION=us-east-1 aws s3api put-bucket-policy --bucket audittrail --policy '{"Version":"2012-10-17","Statement":[]}' --endpoint-url ${health.endpoints.s3}`;
    $('try').hidden = false;
    await poll(apiUrl);
  }
} catch (error) {
  problem(`Could not read config.json: ${error.message}`);
}
