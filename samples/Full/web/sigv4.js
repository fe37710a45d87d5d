// AWS Signature Version 4 for requests to API Gateway routes with IAM authorization (service execute-api), with the
// browser's Web Crypto. The browser sets Host itself, to the URL's host, which is what the signature covers.

const encoder = new TextEncoder();

const hex = (bytes) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

const sha256 = async (text) => hex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));

async function hmac(key, text) {
  const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(text)));
}

// RFC 3986 escaping of each path segment, applied to the already escaped path: API Gateway signs it escaped twice.
const escape = (segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Shows the credentials fieldset only where signing needs credentials typed in: deployed, with signed writes. */
export function showCredentialsWhenNeeded(config) {
  document.getElementById('credentials').hidden = !config.signedWrites || Boolean(config.localCredentials);
}

/**
 * Sends a write with an optional JSON body (a string): signed when the routes need it (config.signedWrites), with the
 * local cloud's credentials or the ones typed into the page, else as it is. Resolves to null, sending nothing, when
 * credentials are needed and some are missing.
 */
export async function sendWrite(config, url, method, body) {
  if (!config.signedWrites) {
    return fetch(url, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body });
  }
  const value = (id) => document.getElementById(id).value.trim();
  const credentials = config.localCredentials
    ?? { accessKeyId: value('accessKeyId'), secretAccessKey: value('secretAccessKey'), sessionToken: value('sessionToken') || undefined, region: value('region') };
  if (!credentials.accessKeyId || !credentials.secretAccessKey || !credentials.region) {
    return null;
  }
  return signedFetch(url, method, body, credentials);
}

/**
 * Sends a request with an optional JSON body (a string) to url, signed with credentials
 * {accessKeyId, secretAccessKey, sessionToken?, region}.
 */
async function signedFetch(url, method, body, credentials) {
  const target = new URL(url);
  const amzDate = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const date = amzDate.slice(0, 8);
  const headers = { host: target.host, 'x-amz-date': amzDate };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (credentials.sessionToken) {
    headers['x-amz-security-token'] = credentials.sessionToken;
  }
  const names = Object.keys(headers).sort();
  const query = [...target.searchParams]
    .map(([name, value]) => [escape(name), escape(value)])
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const canonicalRequest = [
    method,
    target.pathname.split('/').map(escape).join('/'),
    query,
    names.map((name) => `${name}:${headers[name]}\n`).join(''),
    names.join(';'),
    await sha256(body ?? ''),
  ].join('\n');
  const scope = `${date}/${credentials.region}/execute-api/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, await sha256(canonicalRequest)].join('\n');
  let key = encoder.encode(`AWS4${credentials.secretAccessKey}`);
  for (const part of [date, credentials.region, 'execute-api', 'aws4_request']) {
    key = await hmac(key, part);
  }
  const signature = hex(await hmac(key, stringToSign));
  delete headers.host;
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
  return fetch(target, { method, headers, body });
}
