import { loadConfig } from '../api-config.js';
import { $ } from '../page.js';
import { sendWrite, showCredentialsWhenNeeded } from '../sigv4.js';

// POST /broadcast {"message"} answers 202 {"delivered","pruned","failed","sentAt"}, or problem+json naming the field.

function showResult(text, isError) {
  $('result').textContent = text;
  $('result').className = `actions ${isError ? 'error' : 'ok'}`;
}

async function broadcast(config, message) {
  const response = await sendWrite(config, `${config.apiUrl}/broadcast`, 'POST', JSON.stringify({ message }));
  if (!response) {
    showResult('Enter the access key id, secret access key and region to sign with.', true);
    return;
  }
  const answer = await response.json().catch(() => ({}));
  if (response.status === 202) {
    showResult(`Sent at ${new Date(answer.sentAt).toLocaleTimeString()}: delivered to ${answer.delivered}, ${answer.pruned} closed connections removed, ${answer.failed} failed.`, false);
    return;
  }
  const fieldErrors = Object.entries(answer.errors ?? {}).map(([field, messages]) => `${field}: ${[].concat(messages).join(' ')}`);
  showResult([answer.title ?? answer.message ?? `HTTP ${response.status}`, answer.detail, ...fieldErrors].filter(Boolean).join(' '), true);
}

try {
  const config = await loadConfig();
  // Deployed there are no local credentials in config.json: whoever broadcasts signs with their own.
  showCredentialsWhenNeeded(config);
  $('broadcast-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const message = $('message').value.trim();
    if (!message) {
      showResult('Type a message first.', true);
      return;
    }
    try {
      await broadcast(config, message);
    } catch (error) {
      showResult(`The broadcast failed: ${error.message}`, true);
    }
  });
} catch (error) {
  showResult(`Could not read config.json: ${error.message}`, true);
}
