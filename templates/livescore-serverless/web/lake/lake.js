import { loadConfig } from '../api-config.js';
import { $, cell, problem } from '../page.js';

// Locally, the lake bucket is a folder of the local cloud's S3 endpoint, read here with plain ListObjectsV2 and
// GetObject requests; each object is gzip NDJSON, unpacked in the browser. Deployed, the bucket is private: query it
// with Athena (see the README).

const BUCKET = 'lake';
const POLL_MS = 2000;

async function listObjects(s3) {
  const response = await fetch(`${s3}/${BUCKET}?list-type=2&prefix=visits/`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`ListObjectsV2 answered HTTP ${response.status}`);
  const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
  return [...xml.getElementsByTagName('Contents')].map((item) => ({
    key: item.getElementsByTagName('Key')[0].textContent,
    size: Number(item.getElementsByTagName('Size')[0].textContent),
    lastModified: item.getElementsByTagName('LastModified')[0].textContent,
  })).sort((a, b) => b.lastModified.localeCompare(a.lastModified));
}

async function showObject(s3, key) {
  const response = await fetch(`${s3}/${BUCKET}/${key.split('/').map(encodeURIComponent).join('/')}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`GetObject answered HTTP ${response.status}`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  $('shown').textContent = key;
  const tbody = $('visits');
  tbody.replaceChildren();
  for (const line of text.split('\n').filter(Boolean)) {
    const visit = JSON.parse(line);
    const row = tbody.insertRow();
    cell(row, new Date(visit.timeOfVisit).toLocaleString());
    cell(row, `${visit.productName} (${visit.productId})`);
    cell(row, visit.category);
    cell(row, Number(visit.pricePerUnit).toFixed(2), 'number');
    cell(row, `${visit.customerName} (${visit.customerId})`);
    cell(row, visit.visitId).style.fontFamily = 'monospace';
  }
}

let drawn = '';
async function poll(s3) {
  try {
    const objects = await listObjects(s3);
    const json = JSON.stringify(objects);
    if (json !== drawn) {
      drawn = json;
      const tbody = $('objects');
      tbody.replaceChildren();
      if (objects.length === 0) {
        cell(tbody.insertRow(), 'No objects yet: record a visit.', 'empty').colSpan = 3;
      }
      for (const object of objects) {
        const row = tbody.insertRow();
        const link = document.createElement('a');
        link.href = '#';
        link.textContent = object.key;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          showObject(s3, object.key).catch((error) => problem(`Could not read ${object.key}: ${error.message}`));
        });
        row.insertCell().append(link);
        cell(row, String(object.size), 'number');
        cell(row, new Date(object.lastModified).toLocaleString());
      }
      if (objects.length > 0) await showObject(s3, objects[0].key);
    }
    problem(null);
  } catch (error) {
    problem(`The lake cannot be read here (${error.message}).`);
  } finally {
    setTimeout(() => poll(s3), POLL_MS);
  }
}

try {
  const { apiUrl } = await loadConfig();
  const health = await fetch(`${apiUrl}/_local/health`, { cache: 'no-store' }).then((r) => (r.ok ? r.json() : null)).catch(() => null);
  if (!health) {
    $('where').textContent = 'Deployed, the lake bucket is private: query it with Athena (the table and query are in the README).';
  } else {
    $('where').textContent = `Bucket "${BUCKET}" of the local S3 endpoint ${health.endpoints.s3}, newest object first; the files are under the local cloud's data folder.`;
    await poll(health.endpoints.s3);
  }
} catch (error) {
  problem(`Could not read config.json: ${error.message}`);
}
