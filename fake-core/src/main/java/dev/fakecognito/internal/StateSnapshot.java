package dev.fakecognito.internal;

import dev.fakecognito.internal.auth.AuthSessions;
import dev.fakecognito.internal.branding.ManagedLoginStyle;
import dev.fakecognito.internal.branding.Terms;
import dev.fakecognito.internal.branding.UiCustomization;
import dev.fakecognito.internal.clients.ClientSecret;
import dev.fakecognito.internal.devices.Device;
import dev.fakecognito.internal.groups.Group;
import dev.fakecognito.internal.mfa.MfaSettings;
import dev.fakecognito.internal.pools.Domain;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.Password;
import dev.fakecognito.internal.users.PendingCode;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.users.UserImportJob;
import dev.fakecognito.internal.users.UserImportOperations;
import dev.fakecognito.internal.webauthn.Passkey;
import dev.fakecognito.internal.webauthn.RegistrationChallenge;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RiskConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * An immutable, comparable copy of a fake's state: two snapshots are {@code equals} exactly when
 * nothing a later call could observe differs between them.
 *
 * <p>It holds pools (settings, MFA settings, threat protection settings, sign-in name index, log
 * delivery configuration, replicas), app clients and their secrets,
 * resource servers, domains, identity providers and the federated identities linked to users,
 * managed login branding styles, classic hosted UI customizations, terms documents,
 * users (attributes, status, enabled flag, stored password and its history, pending codes and
 * values, MFA settings, software tokens, groups, devices, live and revoked token sessions, refresh
 * tokens rotated out, passkeys and the passkey registration in progress), groups, user import jobs
 * (with their uploaded files and results) and pending challenges. Import jobs that have run to their
 * end by the clock are settled first, so that a snapshot shows what any call would see.
 * It leaves out what Cognito changes even when a call fails, on purpose: auth events, per-user rate
 * limit counters, wrong-answer counters of challenges, the outbox, recorded context data and trigger
 * invocations. Passwords appear only in their stored salted form.
 *
 * <p>Nothing of the public API returns it; tests reach it through {@link Backend#snapshot()}.
 *
 * @param pools every pool by ID
 * @param clientRegistrations the pool of every app client, by client ID
 * @param pendingChallenges every challenge waiting for an answer, by Session or SECRET_BLOCK
 * @param provisionedLimits the request rates set with UpdateProvisionedLimit, by API category
 * @param domainRegistrations the pool of every prefix and custom domain, by domain
 */
public record StateSnapshot(
    Map<String, PoolState> pools,
    Map<String, String> clientRegistrations,
    Map<String, AuthSessions.Pending> pendingChallenges,
    Map<String, Integer> provisionedLimits,
    Map<String, String> domainRegistrations) {

  /**
   * One pool.
   *
   * @param config the settings DescribeUserPool returns
   * @param mfaConfig the settings GetUserPoolMfaConfig returns
   * @param clients app clients by ID
   * @param clientSecrets the secrets of each app client that has any, by client ID
   * @param riskConfigurations threat protection settings by app client ID, the pool's under ""
   * @param groups groups by name
   * @param users users by internal username
   * @param signInNames every indexed sign-in name (alias or username attribute) and its user
   * @param importJobs user import jobs by ID
   * @param logDestinations the log delivery configuration
   * @param replicas the replicas by Region
   * @param resourceServers resource servers by identifier
   * @param prefixDomain the prefix domain, or null
   * @param customDomain the custom domain, or null
   * @param identityProviders external identity providers by name
   * @param providerLinks federated identities linked to users, by provider, attribute and value
   * @param managedLoginStyles managed login branding styles by ID
   * @param uiCustomizations classic hosted UI customizations by app client ID, the pool's under "ALL"
   * @param terms terms documents by ID
   */
  public record PoolState(
      UserPoolType config,
      GetUserPoolMfaConfigResponse mfaConfig,
      Map<String, UserPoolClientType> clients,
      Map<String, List<ClientSecret>> clientSecrets,
      Map<String, RiskConfigurationType> riskConfigurations,
      Map<String, GroupType> groups,
      Map<String, UserState> users,
      Map<String, String> signInNames,
      Map<String, UserImportJob.State> importJobs,
      List<dev.fakecognito.internal.pools.LogDestination> logDestinations,
      Map<String, dev.fakecognito.internal.pools.Replica> replicas,
      Map<String, ResourceServerType> resourceServers,
      @Nullable Domain prefixDomain,
      @Nullable Domain customDomain,
      Map<String, dev.fakecognito.internal.federation.IdentityProvider> identityProviders,
      Map<String, dev.fakecognito.internal.federation.ProviderLink> providerLinks,
      Map<String, ManagedLoginStyle> managedLoginStyles,
      Map<String, UiCustomization> uiCustomizations,
      Map<String, Terms> terms) {}

  /**
   * One user.
   *
   * @param password the stored password as {@code salt:x} in hex, or {@code null}
   * @param previousPasswords the stored form of the passwords it replaced, newest first
   * @param codes the pending confirmation ({@code confirm}), reset ({@code reset}) and attribute
   *     verification ({@code verify:<attribute>}) codes
   * @param groups the names of the user's groups, in joining order
   */
  public record UserState(
      String username,
      String sub,
      Instant created,
      Instant lastModified,
      UserStatusType status,
      boolean enabled,
      Map<String, String> attributes,
      @Nullable String password,
      @Nullable Instant passwordSetAt,
      List<String> previousPasswords,
      Map<String, PendingCode> codes,
      Map<String, String> pendingValues,
      MfaState mfa,
      List<String> groups,
      Map<String, DeviceState> devices,
      Set<String> liveSessions,
      Set<String> revokedSessions,
      Map<String, Instant> rotatedRefreshTokens,
      Map<String, Passkey> passkeys,
      @Nullable RegistrationChallenge passkeyRegistration) {}

  /** A user's MFA factors and software token; keys in hex. */
  public record MfaState(
      List<String> enabledFactors,
      @Nullable String preferred,
      @Nullable String totpKey,
      @Nullable String pendingTotpKey,
      @Nullable String totpDeviceName,
      long lastTotpStep) {}

  /** A device, as the device operations show it, with its SRP verifier. */
  public record DeviceState(
      DeviceType device, String groupKey, @Nullable String salt, @Nullable BigInteger verifier) {}

  /** Copies the state of {@code backend}, taking each pool's lock while its users are copied. */
  static StateSnapshot of(Backend backend) {
    Map<String, PoolState> pools = new TreeMap<>();
    for (UserPool pool : backend.pools().values()) {
      UserImportOperations.settle(backend, pool);
      pool.lock().lock();
      try {
        pools.put(pool.id(), pool(pool));
      } finally {
        pool.lock().unlock();
      }
    }
    return new StateSnapshot(pools, new TreeMap<>(backend.clientRegistrations()), backend.pendingChallenges(),
        backend.rates().provisioned(),
        new TreeMap<>(backend.domainRegistrations()));
  }

  private static PoolState pool(UserPool pool) {
    Map<String, GroupType> groups = new TreeMap<>();
    for (Group group : pool.groups().values()) {
      groups.put(group.name(), group.toType(pool.id()));
    }
    Map<String, UserState> users = new TreeMap<>();
    for (User user : pool.users()) {
      users.put(user.username(), user(user));
    }
    Map<String, UserImportJob.State> importJobs = new TreeMap<>();
    pool.importJobs().forEach((id, job) -> importJobs.put(id, job.state()));
    return new PoolState(pool.config(), pool.mfaConfig(), new TreeMap<>(pool.clients()),
        new TreeMap<>(pool.clientSecrets()), new TreeMap<>(pool.riskConfigurations()), groups, users,
        pool.signInNames(), importJobs, pool.logDestinations(),
        new TreeMap<>(pool.replicas()), new TreeMap<>(pool.resourceServers()), pool.prefixDomain(),
        pool.customDomain(), new TreeMap<>(pool.identityProviders()), new TreeMap<>(pool.providerLinks()),
        new TreeMap<>(pool.managedLoginStyles()), new TreeMap<>(pool.uiCustomizations()),
        new TreeMap<>(pool.terms()));
  }

  private static UserState user(User user) {
    Map<String, PendingCode> codes = new TreeMap<>();
    if (user.confirmationCode() != null) {
      codes.put("confirm", user.confirmationCode());
    }
    if (user.resetCode() != null) {
      codes.put("reset", user.resetCode());
    }
    user.verificationCodes().forEach((attribute, code) -> codes.put("verify:" + attribute, code));
    Map<String, DeviceState> devices = new TreeMap<>();
    for (Device device : user.devices().values()) {
      devices.put(device.key(), new DeviceState(device.toDeviceType(), device.groupKey(), hex(device.salt()),
          device.verifier()));
    }
    MfaSettings mfa = user.mfa();
    MfaState mfaState = new MfaState(List.copyOf(mfa.enabledFactors()), mfa.preferred(), hex(mfa.totpKey()),
        hex(mfa.pendingTotpKey()), mfa.totpDeviceName(), mfa.lastTotpStep());
    return new UserState(user.username(), user.sub(), user.created(), user.lastModified(), user.status(),
        user.enabled(), new TreeMap<>(user.attributes()), password(user.password()), user.passwordSetAt(),
        user.previousPasswords().stream().map(StateSnapshot::password).toList(), codes,
        new TreeMap<>(user.pendingValues()), mfaState, List.copyOf(user.groups().keySet()), devices,
        user.liveSessions(), user.revokedSessions(), new TreeMap<>(user.rotatedRefreshTokens()),
        new TreeMap<>(user.passkeys()), user.passkeyRegistration());
  }

  private static @Nullable String password(@Nullable Password password) {
    return password == null ? null : hex(password.salt()) + ":" + password.x().toString(16);
  }

  private static @Nullable String hex(byte @Nullable [] bytes) {
    return bytes == null ? null : HexFormat.of().formatHex(bytes);
  }
}
