package dev.fakecognito;

import dev.fakecognito.srp.CognitoSrp;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

/**
 * A user pool with one app client, made for a test by {@link FakeCognito#newPool()}: the IDs a test
 * needs, and shortcuts for the set-up most tests repeat. Everything goes through the SDK operations
 * of {@link FakeCognito#client()}, so the pool is the same as one made by hand.
 *
 * <pre>{@code
 * TestPool pool = fake.newPool();
 * pool.createUser("alice", "Passw0rd!");
 * AuthenticationResultType tokens = pool.srp().signIn("alice", "Passw0rd!");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TestPool {

  private final FakeCognito fake;
  private final String poolId;
  private final String clientId;
  private final @Nullable String clientSecret;

  TestPool(FakeCognito fake, String poolId, String clientId, @Nullable String clientSecret) {
    this.fake = fake;
    this.poolId = poolId;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  /**
   * Returns the user pool's ID.
   *
   * @return the pool ID, such as {@code us-east-1_AbC123xyZ}
   */
  public String poolId() {
    return poolId;
  }

  /**
   * Returns the app client's ID.
   *
   * @return the app client ID
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Returns the app client's secret.
   *
   * @return the secret, or {@code null} if the client was created without one
   */
  public @Nullable String clientSecret() {
    return clientSecret;
  }

  /**
   * Returns a client over the fake's state, as {@link FakeCognito#client()} does.
   *
   * @return the client
   * @throws IllegalStateException if the fake is closed
   */
  public CognitoIdentityProviderClient client() {
    return fake.client();
  }

  /**
   * Creates a confirmed user who signs in with {@code password}: AdminCreateUser without an
   * invitation message, then AdminSetUserPassword with {@code Permanent}.
   *
   * @param username the username, or the email address or phone number in pools that sign in
   *     with one
   * @param password a password the pool's policy accepts
   * @return this pool
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     whatever the two operations raise, e.g. UsernameExistsException or InvalidPasswordException
   */
  public TestPool createUser(String username, String password) {
    return createUser(username, password, Map.of());
  }

  /**
   * Creates a confirmed user with attributes who signs in with {@code password}: AdminCreateUser
   * without an invitation message, then AdminSetUserPassword with {@code Permanent}.
   *
   * @param username the username, or the email address or phone number in pools that sign in
   *     with one
   * @param password a password the pool's policy accepts
   * @param attributes user attributes by name, such as {@code email} and {@code email_verified}
   * @return this pool
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException
   *     whatever the two operations raise, e.g. UsernameExistsException or InvalidPasswordException
   */
  public TestPool createUser(String username, String password, Map<String, String> attributes) {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(attributes, "attributes");
    CognitoIdentityProviderClient cognito = fake.client();
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username(username).messageAction(MessageActionType.SUPPRESS)
        .userAttributes(attributes.entrySet().stream()
            .map(a -> AttributeType.builder().name(a.getKey()).value(a.getValue()).build())
            .toList()));
    cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username(username).password(password).permanent(true));
    return this;
  }

  /**
   * Returns an SRP sign-in helper for this pool's app client, on the fake's clock and with the
   * client's secret, if it has one.
   *
   * @return the helper
   */
  public CognitoSrp srp() {
    return CognitoSrp.builder().fake(fake).userPoolId(poolId).clientId(clientId).clientSecret(clientSecret).build();
  }

  @Override
  public String toString() {
    return "TestPool[" + poolId + ", client " + clientId + "]";
  }
}
