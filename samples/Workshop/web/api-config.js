// Where the APIs are: config.json, next to this file, says so. The local cloud answers it with its own address;
// a deployment writes it with the deployed HTTP and WebSocket API URLs. No page hard-codes either URL.
export async function loadConfig() {
  const url = new URL('config.json', import.meta.url);
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`${url.pathname} answered HTTP ${response.status}`);
  }
  const config = await response.json();
  return {
    apiUrl: String(config.apiUrl ?? '').replace(/\/+$/, ''),
    webSocketUrl: String(config.webSocketUrl ?? ''),
    // Whether writes by game servers and operators (players, broadcasts) must be signed: IAM authorization.
    signedWrites: config.signedWrites === true,
    // Only the local cloud sends these: its placeholder credentials, for routes with IAM authorization.
    localCredentials: config.localCredentials ?? null,
    // Where customers sign in ({endpoint, clientId}), when some routes need a signed-in customer; null otherwise.
    userPool: config.userPool ?? null,
  };
}
