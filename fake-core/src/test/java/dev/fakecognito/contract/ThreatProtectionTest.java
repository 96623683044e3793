package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Fixtures.secretHash;
import static dev.fakecognito.testing.Fixtures.srpClient;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.srp.CognitoSrp;
import dev.fakecognito.srp.SrpSignIn;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountTakeoverEventActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompromisedCredentialsEventActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EventFilterType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RiskConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetRiskConfigurationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolAddOnNotEnabledException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** SetRiskConfiguration, DescribeRiskConfiguration and the IP exception lists at sign-in. */
class ThreatProtectionTest {

  private static final String BLOCKED = "203.0.113.7";
  private static final String ALLOWED = "198.51.100.20";

  private final FakeCognito fake = FakeCognito.create();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  private String protectedPool(AdvancedSecurityModeType mode) {
    return pool(cognito, r -> r.userPoolAddOns(a -> a.advancedSecurityMode(mode)));
  }

  private void blockList(String poolId, String... ranges) {
    cognito.setRiskConfiguration(r -> r.userPoolId(poolId).riskExceptionConfiguration(e -> e.blockedIPRangeList(ranges)));
  }

  /** Signs alice in with her password from {@code ip}. */
  private AuthenticationResultType signInFrom(UserPoolClientType client, String ip) {
    return signInFrom(client, ip, PASSWORD);
  }

  private AuthenticationResultType signInFrom(UserPoolClientType client, String ip, String password) {
    Map<String, String> parameters = new HashMap<>(Map.of("USERNAME", "alice", "PASSWORD", password));
    if (client.clientSecret() != null) {
      parameters.put("SECRET_HASH", secretHash(client, "alice"));
    }
    return cognito.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(parameters).userContextData(c -> c.ipAddress(ip))).authenticationResult();
  }

  /** A client that passes the end user's address on, which takes a client secret. */
  private UserPoolClientType propagatingClient(String poolId) {
    return client(cognito, poolId, r -> r.generateSecret(true).enablePropagateAdditionalUserContextData(true));
  }

  /* ---- SetRiskConfiguration and DescribeRiskConfiguration ---- */

  @Test
  void settings_are_stored_and_described_with_the_time_they_were_set() {
    String poolId = protectedPool(AdvancedSecurityModeType.AUDIT);
    fake.clock().advance(Duration.ofMinutes(5));

    RiskConfigurationType set = cognito.setRiskConfiguration(r -> r.userPoolId(poolId)
        .compromisedCredentialsRiskConfiguration(c -> c.eventFilter(EventFilterType.SIGN_IN)
            .actions(a -> a.eventAction(CompromisedCredentialsEventActionType.BLOCK)))
        .accountTakeoverRiskConfiguration(t -> t.actions(a -> a
            .highAction(h -> h.eventAction(AccountTakeoverEventActionType.BLOCK).sendNotification(true))))
        .riskExceptionConfiguration(e -> e.blockedIPRangeList("203.0.113.0/24").skippedIPRangeList("2001:db8::/32")))
        .riskConfiguration();

    assertThat(set.userPoolId()).isEqualTo(poolId);
    assertThat(set.clientId()).isNull();
    assertThat(set.lastModifiedDate()).isEqualTo(fake.clock().instant());
    assertThat(set.riskExceptionConfiguration().blockedIPRangeList()).containsExactly("203.0.113.0/24");
    assertThat(cognito.describeRiskConfiguration(r -> r.userPoolId(poolId)).riskConfiguration()).isEqualTo(set);
  }

  @Test
  void a_client_without_its_own_settings_is_described_with_the_pools() {
    String poolId = protectedPool(AdvancedSecurityModeType.AUDIT);
    String clientId = client(cognito, poolId).clientId();
    blockList(poolId, "203.0.113.0/24");

    RiskConfigurationType described =
        cognito.describeRiskConfiguration(r -> r.userPoolId(poolId).clientId(clientId)).riskConfiguration();

    assertThat(described.riskExceptionConfiguration().blockedIPRangeList()).containsExactly("203.0.113.0/24");
    assertThat(described.clientId()).isNull();
  }

  @Test
  void a_clients_own_settings_replace_the_pools_for_that_client() {
    String poolId = protectedPool(AdvancedSecurityModeType.AUDIT);
    String clientId = client(cognito, poolId).clientId();
    blockList(poolId, "203.0.113.0/24");

    cognito.setRiskConfiguration(r -> r.userPoolId(poolId).clientId(clientId)
        .riskExceptionConfiguration(e -> e.blockedIPRangeList("192.0.2.0/24")));

    RiskConfigurationType described =
        cognito.describeRiskConfiguration(r -> r.userPoolId(poolId).clientId(clientId)).riskConfiguration();
    assertThat(described.clientId()).isEqualTo(clientId);
    assertThat(described.riskExceptionConfiguration().blockedIPRangeList()).containsExactly("192.0.2.0/24");
    assertThat(cognito.describeRiskConfiguration(r -> r.userPoolId(poolId)).riskConfiguration()
        .riskExceptionConfiguration().blockedIPRangeList()).containsExactly("203.0.113.0/24");
  }

  @Test
  void a_pool_with_nothing_set_is_described_with_its_id_only() {
    String poolId = protectedPool(AdvancedSecurityModeType.ENFORCED);

    RiskConfigurationType described = cognito.describeRiskConfiguration(r -> r.userPoolId(poolId)).riskConfiguration();

    assertThat(described).isEqualTo(RiskConfigurationType.builder().userPoolId(poolId).build());
  }

  @Test
  void without_threat_protection_both_throw_UserPoolAddOnNotEnabledException() {
    String poolId = pool(cognito);

    assertCognitoError(() -> blockList(poolId, "203.0.113.0/24"), UserPoolAddOnNotEnabledException.class,
        "Advanced security features are not enabled for this user pool.");
    assertCognitoError(() -> cognito.describeRiskConfiguration(r -> r.userPoolId(poolId)),
        UserPoolAddOnNotEnabledException.class, "Advanced security features are not enabled for this user pool.");
  }

  @Test
  void unknown_pool_and_client_throw_ResourceNotFoundException() {
    String poolId = protectedPool(AdvancedSecurityModeType.AUDIT);

    assertCognitoError(() -> cognito.setRiskConfiguration(r -> r.userPoolId("us-east-1_aaaaaaaaa")),
        ResourceNotFoundException.class, "User pool us-east-1_aaaaaaaaa does not exist.");
    assertCognitoError(() -> cognito.describeRiskConfiguration(r -> r.userPoolId(poolId).clientId("nosuchclient")),
        ResourceNotFoundException.class, "User pool client nosuchclient does not exist.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"203.0.113.7", "203.0.113.0/33", "example.com/24", "300.0.113.0/24", "2001:db8::/129", ""})
  void a_range_that_is_not_in_cidr_notation_throws_InvalidParameterException_and_changes_nothing(String range) {
    String poolId = protectedPool(AdvancedSecurityModeType.ENFORCED);
    blockList(poolId, "192.0.2.0/24");
    RiskConfigurationType before = cognito.describeRiskConfiguration(r -> r.userPoolId(poolId)).riskConfiguration();

    assertCognitoError(() -> blockList(poolId, "198.51.100.0/24", range), InvalidParameterException.class,
        "Invalid IP range " + range + ": expected CIDR notation, such as 192.0.2.0/24.");
    assertThat(cognito.describeRiskConfiguration(r -> r.userPoolId(poolId)).riskConfiguration()).isEqualTo(before);
  }

  @Test
  void more_than_200_ranges_throw_InvalidParameterException() {
    String poolId = protectedPool(AdvancedSecurityModeType.ENFORCED);
    List<String> ranges = Collections.nCopies(201, "192.0.2.0/24");

    assertCognitoError(() -> cognito.setRiskConfiguration(r -> r.userPoolId(poolId)
            .riskExceptionConfiguration(e -> e.skippedIPRangeList(ranges))),
        InvalidParameterException.class, "1 validation error detected: Value at "
            + "'riskExceptionConfiguration.skippedIPRangeList' failed to satisfy constraint: "
            + "Member must have length less than or equal to 200");
  }

  @Test
  void settings_without_their_required_members_throw_InvalidParameterException() {
    String poolId = protectedPool(AdvancedSecurityModeType.ENFORCED);

    assertCognitoError(() -> set(poolId, r -> r.compromisedCredentialsRiskConfiguration(c -> c.eventFilter(
            EventFilterType.SIGN_UP))), InvalidParameterException.class,
        "1 validation error detected: Value null at 'compromisedCredentialsRiskConfiguration.actions' failed to "
            + "satisfy constraint: Member must not be null");
    assertCognitoError(() -> set(poolId, r -> r.accountTakeoverRiskConfiguration(t -> t.actions(a -> a
            .lowAction(l -> l.eventAction(AccountTakeoverEventActionType.NO_ACTION))))),
        InvalidParameterException.class, "1 validation error detected: Value null at "
            + "'accountTakeoverRiskConfiguration.actions.lowAction.notify' failed to satisfy constraint: "
            + "Member must not be null");
    assertCognitoError(() -> set(poolId, r -> r.compromisedCredentialsRiskConfiguration(c -> c.actions(a -> a
            .eventAction("MFA_REQUIRED")))), InvalidParameterException.class,
        "1 validation error detected: Value 'MFA_REQUIRED' at "
            + "'compromisedCredentialsRiskConfiguration.actions.eventAction' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [BLOCK, NO_ACTION]");
  }

  private void set(String poolId, Consumer<SetRiskConfigurationRequest.Builder> settings) {
    cognito.setRiskConfiguration(r -> settings.accept(r.userPoolId(poolId)));
  }

  /* ---- The IP exception lists at sign-in ---- */

  @Test
  void enforced_pool_refuses_a_sign_in_from_an_always_blocked_address() {
    String poolId = protectedPool(AdvancedSecurityModeType.ENFORCED);
    UserPoolClientType client = propagatingClient(poolId);
    confirmedUser(cognito, poolId, "alice");
    blockList(poolId, "203.0.113.0/24");

    assertCognitoError(() -> signInFrom(client, BLOCKED), NotAuthorizedException.class,
        "Request not allowed due to security reasons.");
    assertThat(signInFrom(client, ALLOWED).accessToken()).isNotBlank();
  }

  @Test
  void blocked_address_is_refused_before_the_password_is_checked_and_counts_no_failure() {
    String poolId = protectedPool(AdvancedSecurityModeType.ENFORCED);
    UserPoolClientType client = propagatingClient(poolId);
    confirmedUser(cognito, poolId, "alice");
    blockList(poolId, "203.0.113.0/24");

    for (int attempt = 0; attempt < 6; attempt++) {
      assertCognitoError(() -> signInFrom(client, BLOCKED, "wrong-password"),
          NotAuthorizedException.class, "Request not allowed due to security reasons.");
    }

    assertThat(signInFrom(client, ALLOWED).accessToken()).isNotBlank();
  }

  @Test
  void an_always_allowed_address_is_not_blocked_even_inside_a_blocked_range() {
    String poolId = protectedPool(AdvancedSecurityModeType.ENFORCED);
    UserPoolClientType client = propagatingClient(poolId);
    confirmedUser(cognito, poolId, "alice");
    cognito.setRiskConfiguration(r -> r.userPoolId(poolId).riskExceptionConfiguration(e -> e
        .blockedIPRangeList("203.0.113.0/24").skippedIPRangeList("203.0.113.7/32")));

    assertThat(signInFrom(client, BLOCKED).accessToken()).isNotBlank();
  }

  @Test
  void ipv6_ranges_block_ipv6_addresses() {
    String poolId = protectedPool(AdvancedSecurityModeType.ENFORCED);
    UserPoolClientType client = propagatingClient(poolId);
    confirmedUser(cognito, poolId, "alice");
    blockList(poolId, "2001:db8:1::/48");

    assertCognitoError(() -> signInFrom(client, "2001:db8:1:0:0:0:0:42"), NotAuthorizedException.class,
        "Request not allowed due to security reasons.");
    assertThat(signInFrom(client, "2001:db8:2::42").accessToken()).isNotBlank();
  }

  @Test
  void the_address_counts_only_when_the_client_passes_it_on() {
    String poolId = protectedPool(AdvancedSecurityModeType.ENFORCED);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    blockList(poolId, "203.0.113.0/24");

    assertThat(signInFrom(client(cognito, poolId), BLOCKED).accessToken()).isNotBlank();
  }

  @Test
  void admin_sign_in_is_blocked_by_the_address_in_its_context_data() {
    String poolId = protectedPool(AdvancedSecurityModeType.ENFORCED);
    String clientId = client(cognito, poolId).clientId();
    confirmedUser(cognito, poolId, "alice");
    blockList(poolId, "203.0.113.0/24");

    assertCognitoError(() -> cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(clientId)
            .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
            .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD))
            .contextData(c -> c.ipAddress(BLOCKED).serverName("api.example.com").serverPath("/login")
                .httpHeaders(h -> h.headerName("User-Agent").headerValue("test")))),
        NotAuthorizedException.class, "Request not allowed due to security reasons.");
  }

  @Test
  void audit_mode_only_watches() {
    String poolId = protectedPool(AdvancedSecurityModeType.AUDIT);
    UserPoolClientType client = propagatingClient(poolId);
    confirmedUser(cognito, poolId, "alice");
    blockList(poolId, "203.0.113.0/24");

    assertThat(signInFrom(client, BLOCKED).accessToken()).isNotBlank();
  }

  @Test
  void a_clients_own_exceptions_replace_the_pools_at_sign_in() {
    String poolId = protectedPool(AdvancedSecurityModeType.ENFORCED);
    UserPoolClientType client = propagatingClient(poolId);
    confirmedUser(cognito, poolId, "alice");
    blockList(poolId, "203.0.113.0/24");
    cognito.setRiskConfiguration(r -> r.userPoolId(poolId).clientId(client.clientId())
        .riskExceptionConfiguration(e -> e.blockedIPRangeList("192.0.2.0/24")));

    assertThat(signInFrom(client, BLOCKED).accessToken()).isNotBlank();
    assertCognitoError(() -> signInFrom(client, "192.0.2.1"), NotAuthorizedException.class,
        "Request not allowed due to security reasons.");
  }

  @Test
  void refreshing_tokens_is_not_blocked() {
    String poolId = protectedPool(AdvancedSecurityModeType.ENFORCED);
    UserPoolClientType client = propagatingClient(poolId);
    confirmedUser(cognito, poolId, "alice");
    String refreshToken = signInFrom(client, ALLOWED).refreshToken();
    blockList(poolId, "203.0.113.0/24");

    assertThat(cognito.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
        .authParameters(Map.of("REFRESH_TOKEN", refreshToken, "SECRET_HASH", secretHash(client, "alice")))
        .userContextData(c -> c.ipAddress(BLOCKED)))
        .authenticationResult().accessToken()).isNotBlank();
  }

  /* ---- The IP exception lists on the SRP flows ---- */

  @Test
  void srp_sign_in_from_an_always_blocked_address_is_refused_at_the_first_step() {
    String poolId = protectedPool(AdvancedSecurityModeType.ENFORCED);
    UserPoolClientType client = srpClient(cognito, poolId,
        r -> r.generateSecret(true).enablePropagateAdditionalUserContextData(true));
    confirmedUser(cognito, poolId, "alice");
    blockList(poolId, "203.0.113.0/24");
    SrpSignIn signIn = srp(poolId, client).newSignIn("alice");

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(client.clientId())
            .authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(signIn.authParameters())
            .userContextData(c -> c.ipAddress(BLOCKED))),
        NotAuthorizedException.class, "Request not allowed due to security reasons.");
    assertThat(cognito.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.USER_SRP_AUTH)
        .authParameters(signIn.authParameters()).userContextData(c -> c.ipAddress(ALLOWED)))
        .challengeNameAsString()).isEqualTo("PASSWORD_VERIFIER");
  }

  @Test
  void admin_srp_sign_in_from_an_always_blocked_address_is_refused() {
    String poolId = protectedPool(AdvancedSecurityModeType.ENFORCED);
    UserPoolClientType client = srpClient(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    blockList(poolId, "203.0.113.0/24");
    SrpSignIn signIn = srp(poolId, client).newSignIn("alice");

    assertCognitoError(() -> cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(client.clientId())
            .authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(signIn.authParameters())
            .contextData(c -> c.ipAddress(BLOCKED).serverName("api.example.com").serverPath("/login")
                .httpHeaders(h -> h.headerName("User-Agent").headerValue("test")))),
        NotAuthorizedException.class, "Request not allowed due to security reasons.");
  }

  private CognitoSrp srp(String poolId, UserPoolClientType client) {
    return CognitoSrp.builder().client(cognito).userPoolId(poolId).clientId(client.clientId())
        .clientSecret(client.clientSecret()).clock(fake.clock()).build();
  }
}
