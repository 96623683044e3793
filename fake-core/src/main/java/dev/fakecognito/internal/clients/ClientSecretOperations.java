package dev.fakecognito.internal.clients;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.Paging;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AddUserPoolClientSecretRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AddUserPoolClientSecretResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ClientSecretDescriptorType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientSecretRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientSecretResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientSecretsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientSecretsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * AddUserPoolClientSecret, ListUserPoolClientSecrets and DeleteUserPoolClientSecret: rotating the
 * secret of a confidential app client without downtime.
 *
 * <p>A client has at most two secrets, and every check of a secret or SECRET_HASH accepts either.
 * DescribeUserPoolClient shows the oldest one as ClientSecret, so it changes only when that one is
 * deleted. Secret IDs have the documented form {@code <clientId>--<epoch time of creation>}, with
 * the time in milliseconds; should two secrets of one client be made in the same millisecond of
 * the fake's clock, the second ID counts on from the first.
 *
 * <p>Each change holds the pool's lock and replaces the client's secret list and the client record
 * together, after every check has passed.
 */
public final class ClientSecretOperations {

  /** At most this many secrets per app client (AddUserPoolClientSecret API reference). */
  private static final int MAX_SECRETS = 2;

  private final Backend backend;

  public ClientSecretOperations(Backend backend) {
    this.backend = backend;
  }

  /**
   * AddUserPoolClientSecret. The response carries the secret's value only when the fake generated
   * it ("only if Amazon Cognito generated the secret", ClientSecretDescriptorType API reference).
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is missing or malformed, or the client has no secret
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool or client does not exist
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException if
   *     the client has two secrets already
   */
  public AddUserPoolClientSecretResponse addUserPoolClientSecret(AddUserPoolClientSecretRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String clientId = request.clientId();
    backend.client(pool, clientId);
    String given = request.clientSecret();
    if (given != null) {
      AppClientOperations.checkSecret(given);
    }
    ClientSecret added;
    pool.lock().lock();
    try {
      UserPoolClientType client = backend.client(pool, clientId).client();
      List<ClientSecret> secrets = pool.secretsOf(clientId);
      if (client.clientSecret() == null || secrets.isEmpty()) {
        throw CognitoErrors.clientWithoutSecret();
      }
      if (secrets.size() >= MAX_SECRETS) {
        throw CognitoErrors.tooManyClientSecrets();
      }
      Instant now = backend.clock().instant();
      added = new ClientSecret(newId(clientId, now, secrets), given != null ? given : Ids.clientSecret(), now);
      List<ClientSecret> updated = new ArrayList<>(secrets);
      updated.add(added);
      pool.clientSecrets().put(clientId, List.copyOf(updated));
    } finally {
      pool.lock().unlock();
    }
    ClientSecretDescriptorType.Builder descriptor = ClientSecretDescriptorType.builder()
        .clientSecretId(added.id()).clientSecretCreateDate(added.created());
    if (given == null) {
      descriptor.clientSecretValue(added.value());
    }
    return AddUserPoolClientSecretResponse.builder().clientSecretDescriptor(descriptor.build()).build();
  }

  /**
   * ListUserPoolClientSecrets: every secret of the client, oldest first, without its value. There
   * are never more than two, so there is never a next page; a client without a secret has none.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is missing or malformed, or NextToken was not issued by this listing
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool or client does not exist
   */
  public ListUserPoolClientSecretsResponse listUserPoolClientSecrets(ListUserPoolClientSecretsRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    backend.client(pool, request.clientId());
    Paging<ClientSecret> page = Paging.page("ListUserPoolClientSecrets", pool.secretsOf(request.clientId()),
        s -> Paging.key(s.created(), s.id()), request.nextToken(), MAX_SECRETS);
    List<ClientSecretDescriptorType> descriptors = page.items().stream()
        .map(s -> ClientSecretDescriptorType.builder()
            .clientSecretId(s.id()).clientSecretCreateDate(s.created()).build())
        .toList();
    return ListUserPoolClientSecretsResponse.builder().clientSecrets(descriptors).build();
  }

  /**
   * DeleteUserPoolClientSecret. Deleting the oldest secret makes the other one the ClientSecret
   * that DescribeUserPoolClient shows.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is missing or malformed, or the secret is the client's last one
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool, client or secret does not exist
   */
  public DeleteUserPoolClientSecretResponse deleteUserPoolClientSecret(DeleteUserPoolClientSecretRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String clientId = request.clientId();
    backend.client(pool, clientId);
    String secretId = request.clientSecretId();
    if (secretId == null) {
      throw CognitoErrors.notNull("clientSecretId");
    }
    if (secretId.isEmpty() || secretId.length() > 128) {
      throw CognitoErrors.constraint("clientSecretId", secretId, secretId.isEmpty()
          ? "Member must have length greater than or equal to 1"
          : "Member must have length less than or equal to 128");
    }
    pool.lock().lock();
    try {
      backend.client(pool, clientId);
      List<ClientSecret> secrets = pool.secretsOf(clientId);
      ClientSecret deleted = secrets.stream().filter(s -> s.id().equals(secretId)).findFirst()
          .orElseThrow(() -> CognitoErrors.clientSecretNotFound(secretId));
      if (secrets.size() == 1) {
        throw CognitoErrors.lastClientSecret();
      }
      List<ClientSecret> remaining = secrets.stream().filter(s -> s != deleted).toList();
      String shown = remaining.get(0).value();
      // Replaced through compute, as UpdateUserPoolClient does, so neither loses the other's change.
      UserPoolClientType updated = pool.clients().computeIfPresent(clientId,
          (id, current) -> current.toBuilder().clientSecret(shown).build());
      if (updated == null) {
        throw CognitoErrors.clientNotFound(clientId);
      }
      pool.clientSecrets().put(clientId, remaining);
    } finally {
      pool.lock().unlock();
    }
    return DeleteUserPoolClientSecretResponse.builder().build();
  }

  /** {@code <clientId>--<epoch milliseconds>}, counting on past the IDs the client has already. */
  private static String newId(String clientId, Instant created, List<ClientSecret> existing) {
    long millis = created.toEpochMilli();
    while (taken(clientId + "--" + millis, existing)) {
      millis++;
    }
    return clientId + "--" + millis;
  }

  private static boolean taken(String id, List<ClientSecret> existing) {
    return existing.stream().anyMatch(s -> s.id().equals(id));
  }
}
