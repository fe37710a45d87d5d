import { loadConfig } from '../api-config.js';
import { $ } from '../page.js';
import { signedPost } from './sigv4.js';

// POST /broadcast {"message"} answers 202 {"delivered","pruned","failed","sentAt"}, or problem+json naming the field.

function showResult(text, isError) {
  $('result').textContent = text;
  $('result').className = `actions ${isError ? 'error' : 'ok'}`;
}

function credentials(config) {
  if (config.localCredentials) {
    return config.localCredentials;
  }
  return {
    accessKeyId: $('accessKeyId').value.trim(),
    secretAccessKey: $('secretAccessKey').value.trim(),
    sessionToken: $('sessionToken').value.trim() || undefined,
    region: $('region').value.trim(),
  };
}

async function broadcast(config, message) {
  const signing = credentials(config);
  if (!signing.accessKeyId || !signing.secretAccessKey || !signing.region) {
    showResult('Enter the access key id, secret access key and region to sign with.', true);
    return;
  }
  const response = await signedPost(`${config.apiUrl}/broadcast`, JSON.stringify({ message }), signing);
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
  $('credentials').hidden = Boolean(config.localCredentials);
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
