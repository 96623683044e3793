'use strict';

// The client half of USER_SRP_AUTH, computed by amazon-cognito-identity-js's own
// AuthenticationHelper and DateHelper, so SrpInteropTest can check the fake against the
// arithmetic real browser and Node clients use. The Java side makes the Cognito calls; this
// process only does the math, talking one JSON object per line:
//
//   stdin  {"poolName": "..."}
//   stdout {"SRP_A": "<hex>"}
//   stdin  {"password": "...", "challengeParameters": {SALT, SRP_B, SECRET_BLOCK, USER_ID_FOR_SRP, ...}}
//   stdout {"USERNAME", "PASSWORD_CLAIM_SECRET_BLOCK", "PASSWORD_CLAIM_SIGNATURE", "TIMESTAMP"}
//
// Failures go to stdout as {"error": "..."} and end the process with status 1.

const readline = require('readline');
const crypto = require('crypto');
const AuthenticationHelper = require('amazon-cognito-identity-js/lib/AuthenticationHelper').default;
const BigInteger = require('amazon-cognito-identity-js/lib/BigInteger').default;
const DateHelper = require('amazon-cognito-identity-js/lib/DateHelper').default;

function send(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

function fail(error) {
  send({ error: String(error && error.stack ? error.stack : error) });
  process.exit(1);
}

function largeA(helper) {
  return new Promise((resolve, reject) => {
    helper.getLargeAValue((err, value) => (err ? reject(err) : resolve(value)));
  });
}

function passwordKey(helper, username, password, serverB, salt) {
  return new Promise((resolve, reject) => {
    helper.getPasswordAuthenticationKey(username, password, serverB, salt, (err, key) =>
      err ? reject(err) : resolve(key));
  });
}

// The same signature CognitoUser.authenticateUserDefaultAuth computes after the helper derived
// the key: HMAC-SHA256 over poolName, the user ID for SRP, the secret block and the timestamp.
function signature(key, poolName, username, secretBlock, timestamp) {
  return crypto.createHmac('sha256', key)
    .update(Buffer.from(poolName, 'utf8'))
    .update(Buffer.from(username, 'utf8'))
    .update(Buffer.from(secretBlock, 'base64'))
    .update(Buffer.from(timestamp, 'utf8'))
    .digest('base64');
}

async function run(lines) {
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) {
      throw new Error('stdin closed before the exchange finished');
    }
    return JSON.parse(value);
  };

  const { poolName } = await next();
  const helper = new AuthenticationHelper(poolName);
  send({ SRP_A: (await largeA(helper)).toString(16) });

  const { password, challengeParameters: challenge } = await next();
  const username = challenge.USER_ID_FOR_SRP;
  const key = await passwordKey(helper, username, password,
    new BigInteger(challenge.SRP_B, 16), new BigInteger(challenge.SALT, 16));
  const timestamp = new DateHelper().getNowString();
  send({
    USERNAME: username,
    PASSWORD_CLAIM_SECRET_BLOCK: challenge.SECRET_BLOCK,
    PASSWORD_CLAIM_SIGNATURE: signature(key, poolName, username, challenge.SECRET_BLOCK, timestamp),
    TIMESTAMP: timestamp,
  });
}

const input = readline.createInterface({ input: process.stdin, terminal: false });
run(input[Symbol.asyncIterator]())
  .then(() => input.close())
  .catch(fail);
