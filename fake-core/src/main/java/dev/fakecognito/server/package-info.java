/**
 * A fake run as a standalone server, for front ends, scripts and programs in other languages.
 *
 * <p>{@link dev.fakecognito.server.FakeCognitoServer} serves a fake on {@code
 * http://127.0.0.1:<port>} (Cognito's JSON 1.1 API at {@code POST /}, each pool's {@code
 * /<poolId>/.well-known/openid-configuration} and {@code jwks.json}) until the process is
 * stopped. From a clone of the repository:
 *
 * <pre>
 * mvn -B -ntp -q -pl fake-core compile exec:java -Dexec.skip=false \
 *     -Dexec.mainClass=dev.fakecognito.server.FakeCognitoServer -Dexec.args="--port 9229 --seed seed.json"
 * </pre>
 *
 * <p>Arguments: {@code --port <port>} (default 9229; 0 takes a free one), {@code --region <region>}
 * (default: the region of the seed's pool IDs, else {@code us-east-1}), {@code --seed <file>},
 * {@code --help}. It prints one line naming the endpoint, then one line for each message the fake
 * sends, such as {@code [email] alice@example.com  code 123456  (SignUp, pool
 * us-east-1_TestPool1)}. The fake follows the system clock, and keeps nothing after it stops.
 *
 * <h2>Seed file</h2>
 *
 * <p>A JSON file of pools to create at start, each with its app clients and users, under IDs fixed
 * in advance so that a front end's configuration can name them:
 *
 * <pre>{@code
 * {
 *   "pools": [
 *     {
 *       "id": "us-east-1_TestPool1",
 *       "name": "app",
 *       "settings": {"UsernameAttributes": ["email"], "AutoVerifiedAttributes": ["email"]},
 *       "clients": [
 *         {"id": "abcdefghijklmnopqrstuvwxyz", "name": "web", "settings": {"IdTokenValidity": 60,
 *             "TokenValidityUnits": {"IdToken": "minutes"}}}
 *       ],
 *       "users": [
 *         {"username": "alice@example.com", "password": "Passw0rd!",
 *          "attributes": {"email": "alice@example.com", "email_verified": "true"}}
 *       ]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code pools} (required): each with {@code id}, {@code name}, and optionally {@code
 *       settings}, {@code clients} and {@code users}. The ID is Cognito's shape: the region, an
 *       underscore and 9 letters or digits. All pools share one region, which is the server's unless
 *       {@code --region} says otherwise.
 *   <li>{@code settings} of a pool: members of a CreateUserPool request, with Cognito's JSON names
 *       ({@code Policies}, {@code UsernameAttributes}, {@code MfaConfiguration}, ...), except {@code
 *       PoolName}, which is {@code name}.
 *   <li>{@code clients}: each with {@code id} (26 lowercase letters or digits), {@code name} and
 *       optionally {@code settings}, members of a CreateUserPoolClient request except {@code
 *       ClientName} and {@code UserPoolId}. A client whose settings have no {@code
 *       ExplicitAuthFlows} allows {@code ALLOW_USER_PASSWORD_AUTH}, {@code ALLOW_USER_SRP_AUTH} and
 *       {@code ALLOW_REFRESH_TOKEN_AUTH}; one that lists its flows gets exactly those.
 *   <li>{@code users}: each with {@code username}, {@code password} and optionally {@code
 *       attributes} (names to string values). They are created confirmed, with the password as
 *       their permanent password, and are sent nothing. The password must meet the pool's policy; in
 *       a pool that signs in with email, the username is the email address.
 * </ul>
 *
 * <p>Members the format does not know are refused rather than ignored, so that a misspelt one does
 * not go unnoticed. A file that is not a seed, an ID of the wrong shape or one used twice, and
 * anything Cognito itself would refuse stop the server before it starts, with one line that names
 * the file, the member and the reason.
 */
@NullMarked
package dev.fakecognito.server;

import org.jspecify.annotations.NullMarked;
