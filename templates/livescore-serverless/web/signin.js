// Customer sign-in for the routes that need a signed-in customer (config.userPool): the same calls to Amazon Cognito's
// user pools API deployed and to the local cloud's user pool locally (SignUp, ConfirmSignUp, InitiateAuth with
// USER_PASSWORD_AUTH). Locally an account is confirmed at once; deployed, Cognito mails a code to enter here. The tokens
// stay in this tab (sessionStorage) and go to the API as "Authorization: Bearer <access token>".

import { $ } from './page.js';

const STORAGE_KEY = 'customerSignIn';

// Static markup, no data in it: what a signed-out customer sees, then a signed-in one.
const FORM = `
  <form id="sign-in" class="player" novalidate hidden>
    <label for="email">Email</label>
    <input id="email" type="email" autocomplete="username" maxlength="128">
    <span></span>
    <label for="password">Password</label>
    <input id="password" type="password" autocomplete="current-password">
    <span class="muted">8 or more characters, with upper and lower case, a digit and a symbol.</span>
    <div class="actions">
      <button type="submit" value="sign-in">Sign in</button>
      <button type="submit" value="sign-up">Create account</button>
    </div>
    <div id="confirmation" class="actions" hidden>
      <label for="code">Code from the email</label>
      <input id="code" autocomplete="one-time-code" inputmode="numeric">
      <button type="submit" value="confirm">Confirm</button>
    </div>
    <div id="sign-in-result" class="actions" role="status"></div>
  </form>
  <p id="signed-in" hidden>Signed in as <strong id="signed-in-as"></strong> <button type="button" id="sign-out">Sign out</button></p>`;

let pool = null;
let changed = () => {};

async function call(operation, input) {
  const response = await fetch(pool.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify({ ClientId: pool.clientId, ...input }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message ?? `${operation} answered HTTP ${response.status}`);
  return body;
}

const stored = () => JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');

function show() {
  const session = stored();
  changed();
  $('sign-in').hidden = !pool || Boolean(session);
  $('signed-in').hidden = !session;
  $('signed-in-as').textContent = session?.email ?? '';
}

function say(text, isError) {
  $('sign-in-result').textContent = text;
  $('sign-in-result').className = `actions ${isError ? 'error' : 'ok'}`;
}

async function signIn(email, password) {
  const { AuthenticationResult: tokens } = await call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: email, PASSWORD: password } });
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ email, accessToken: tokens.AccessToken }));
  $('password').value = '';
  say('', false);
  show();
}

async function submit(action) {
  const email = $('email').value.trim();
  const password = $('password').value;
  try {
    if (action === 'confirm') {
      await call('ConfirmSignUp', { Username: email, ConfirmationCode: $('code').value.trim() });
      $('confirmation').hidden = true;
    } else if (action === 'sign-up') {
      const answer = await call('SignUp', { Username: email, Password: password, UserAttributes: [{ Name: 'email', Value: email }] });
      if (!answer.UserConfirmed) {
        $('confirmation').hidden = false;
        say(`A code was sent to ${email}: enter it and confirm.`, false);
        return;
      }
    }
    await signIn(email, password);
  } catch (error) {
    say(error.message, true);
  }
}

/**
 * Puts the sign-in form into #customer where a signed-in customer is needed (config.userPool); onChange runs whenever
 * someone signs in or out.
 */
export function setUpSignIn(config, onChange = () => {}) {
  pool = config.userPool;
  if (!pool) return;
  changed = onChange;
  $('customer').innerHTML = FORM;
  $('sign-in').addEventListener('submit', (event) => {
    event.preventDefault();
    submit(event.submitter?.value ?? 'sign-in');
  });
  $('sign-out').addEventListener('click', signOut);
  show();
}

/** The signed-in customer's access token, or null. */
export const accessToken = () => (pool ? stored()?.accessToken ?? null : null);

/** Forgets the signed-in customer (signed out, or their token was refused) and shows the sign-in form again. */
export function signOut() {
  sessionStorage.removeItem(STORAGE_KEY);
  show();
}

/**
 * fetch() for a customer route: with the signed-in customer's access token where routes need one. Resolves to null,
 * sending nothing, when nobody is signed in; an answer of 401 (the token expired, or the local cloud restarted) signs out.
 */
export async function customerFetch(url, init) {
  if (!pool) return fetch(url, init);
  const session = stored();
  if (!session) return null;
  const response = await fetch(url, { ...init, headers: { ...init.headers, Authorization: `Bearer ${session.accessToken}` } });
  if (response.status === 401) signOut();
  return response;
}
