'use strict';

// A browser-style client of the fake's HTTP endpoint, for SrpOverHttpInteropTest: the
// CognitoUserPool and CognitoUser of amazon-cognito-identity-js make every Cognito call
// themselves, over fetch, against the endpoint they are given. Node 20 has the global fetch and
// crypto the library looks for, so nothing is polyfilled; storage falls back to the library's
// in-memory storage. One JSON object per line:
//
//   stdin  {"endpoint", "userPoolId", "clientId", "username", "email", "password",
//           "wrongPassword", "encodedData"}
//   stdout {"step": "signedUp", "userConfirmed": false, "userSub": "..."}
//   stdin  {"code": "<the confirmation code>"}
//   stdout {"step": "confirmed", "result": "SUCCESS"}
//   stdout {"step": "wrongPassword", "code", "name", "message"}    sign-in with wrongPassword
//   stdout {"step": "signedIn", "idToken", "accessToken", "refreshToken"}
//   stdout {"step": "refreshed", "idToken", "accessToken"}
//
// Sign-in is the library's default, USER_SRP_AUTH. When encodedData is set, it stands in for the
// advanced security script a page loads, so every call carries it as UserContextData.EncodedData.
// Failures go to stdout as {"error": "..."} and end the process with status 1.

const readline = require('readline');
const {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserAttribute,
  CognitoUserPool,
} = require('amazon-cognito-identity-js');

function send(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

function fail(error) {
  send({ error: String(error && error.stack ? error.stack : error) });
  process.exit(1);
}

function signUp(pool, username, password, email) {
  return new Promise((resolve, reject) => {
    pool.signUp(username, password, [new CognitoUserAttribute({ Name: 'email', Value: email })], [],
      (err, result) => (err ? reject(err) : resolve(result)));
  });
}

function confirmRegistration(user, code) {
  return new Promise((resolve, reject) => {
    user.confirmRegistration(code, false, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

// Resolves with the session, or rejects with the library's error; any challenge is unexpected.
function authenticate(user, username, password) {
  const details = new AuthenticationDetails({ Username: username, Password: password });
  const unexpected = (reject, name) => () => reject(new Error(`unexpected ${name} after sign-in`));
  return new Promise((resolve, reject) => {
    user.authenticateUser(details, {
      onSuccess: resolve,
      onFailure: reject,
      newPasswordRequired: unexpected(reject, 'newPasswordRequired'),
      mfaRequired: unexpected(reject, 'mfaRequired'),
      totpRequired: unexpected(reject, 'totpRequired'),
      customChallenge: unexpected(reject, 'customChallenge'),
      mfaSetup: unexpected(reject, 'mfaSetup'),
      selectMFAType: unexpected(reject, 'selectMFAType'),
    });
  });
}

function refresh(user, refreshToken) {
  return new Promise((resolve, reject) => {
    user.refreshSession(refreshToken, (err, session) => (err ? reject(err) : resolve(session)));
  });
}

async function run(lines) {
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) {
      throw new Error('stdin closed before the exchange finished');
    }
    return JSON.parse(value);
  };

  const config = await next();
  if (config.encodedData) {
    globalThis.AmazonCognitoAdvancedSecurityData = { getData: () => config.encodedData };
  }
  const pool = new CognitoUserPool({
    UserPoolId: config.userPoolId,
    ClientId: config.clientId,
    endpoint: config.endpoint,
  });

  const signedUp = await signUp(pool, config.username, config.password, config.email);
  send({ step: 'signedUp', userConfirmed: signedUp.userConfirmed, userSub: signedUp.userSub });

  const { code } = await next();
  send({ step: 'confirmed', result: await confirmRegistration(signedUp.user, code) });

  const user = new CognitoUser({ Username: config.username, Pool: pool });
  try {
    await authenticate(user, config.username, config.wrongPassword);
    throw new Error('signed in with the wrong password');
  } catch (err) {
    if (!err.code) {
      throw err;
    }
    send({ step: 'wrongPassword', code: err.code, name: err.name, message: err.message });
  }

  const session = await authenticate(user, config.username, config.password);
  const refreshToken = session.getRefreshToken().getToken();
  send({
    step: 'signedIn',
    idToken: session.getIdToken().getJwtToken(),
    accessToken: session.getAccessToken().getJwtToken(),
    refreshToken,
  });

  const refreshed = await refresh(user, session.getRefreshToken());
  send({
    step: 'refreshed',
    idToken: refreshed.getIdToken().getJwtToken(),
    accessToken: refreshed.getAccessToken().getJwtToken(),
  });
}

const input = readline.createInterface({ input: process.stdin, terminal: false });
run(input[Symbol.asyncIterator]())
  .then(() => input.close())
  .catch(fail);
