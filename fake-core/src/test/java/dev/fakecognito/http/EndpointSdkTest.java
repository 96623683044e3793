package dev.fakecognito.http;

import static dev.fakecognito.assertions.FakeCognitoAssertions.assertThat;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.TestPool;
import dev.fakecognito.recording.HttpCall;
import dev.fakecognito.recording.RecordedContextData;
import dev.fakecognito.srp.CognitoSrp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * A real SDK v2 client, given the endpoint: the same answers and the same state as the in-process
 * client, with the SDK's own serialisation both ways.
 */
class EndpointSdkTest {

  private static final FakeCognito FAKE = FakeCognito.create();
  /** Signs its requests, as an application's client does; the fake does not check signatures. */
  private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
      AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
  private static final CognitoIdentityProviderClient SIGNED = client(FAKE, CREDENTIALS);
  /** Sends unsigned requests, as a front end's client does for the public operations. */
  private static final CognitoIdentityProviderClient ANONYMOUS = client(FAKE, AnonymousCredentialsProvider.create());

  @AfterAll
  static void close() {
    SIGNED.close();
    ANONYMOUS.close();
    FAKE.close();
  }

  private static CognitoIdentityProviderClient client(FakeCognito fake, AwsCredentialsProvider credentials) {
    return CognitoIdentityProviderClient.builder()
        .endpointOverride(fake.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(credentials)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  @Test
  void sign_up_confirm_sign_in_and_get_user_over_http_share_the_fakes_state() {
    String poolId = SIGNED.createUserPool(r -> r.poolName("http")
        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
    String clientId = SIGNED.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
        .userPoolClient().clientId();

    ANONYMOUS.signUp(r -> r.clientId(clientId).username("alice").password("Passw0rd!")
        .userAttributes(a -> a.name("email").value("alice@example.com"))
        .userContextData(c -> c.ipAddress("203.0.113.7")));
    String code = FAKE.outbox().lastCode(poolId, "alice").orElseThrow();
    ANONYMOUS.confirmSignUp(r -> r.clientId(clientId).username("alice").confirmationCode(code));
    AuthenticationResultType tokens = ANONYMOUS.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Passw0rd!"))).authenticationResult();

    assertThat(ANONYMOUS.getUser(r -> r.accessToken(tokens.accessToken())).userAttributes())
        .anySatisfy(a -> assertThat(a.name() + "=" + a.value()).isEqualTo("email_verified=true"));
    assertThat(FAKE.client().adminGetUser(r -> r.userPoolId(poolId).username("alice")).userStatusAsString())
        .isEqualTo("CONFIRMED");
    assertThat(FAKE.recordedContextData())
        .filteredOn(r -> r.operation().equals("SignUp") && r.userPoolId().equals(poolId))
        .extracting(RecordedContextData::ipAddress).containsExactly("203.0.113.7");
    assertThat(FAKE).token(tokens.idToken()).isIdToken().hasClaim("email", "alice@example.com");
  }

  @Test
  void errors_arrive_as_the_sdks_exception_classes_with_code_and_message() {
    TestPool pool = FAKE.newPool().createUser("bob", "Passw0rd!");

    assertCognitoError(() -> ANONYMOUS.initiateAuth(r -> r.clientId(pool.clientId())
            .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
            .authParameters(Map.of("USERNAME", "bob", "PASSWORD", "wrong"))),
        NotAuthorizedException.class, "Incorrect username or password.");
    assertCognitoError(() -> SIGNED.adminCreateUser(r -> r.userPoolId(pool.poolId()).username("bob")),
        UsernameExistsException.class, "User account already exists");
  }

  @Test
  void timestamps_and_nested_members_survive_the_wire() {
    TestPool pool = FAKE.newPool().createUser("carol", "Passw0rd!", Map.of("email", "carol@example.com"));

    AdminGetUserResponse overHttp = SIGNED.adminGetUser(r -> r.userPoolId(pool.poolId()).username("carol"));
    AdminGetUserResponse inProcess = FAKE.client().adminGetUser(r -> r.userPoolId(pool.poolId()).username("carol"));

    assertThat(overHttp.equalsBySdkFields(inProcess)).as("%s equals %s", overHttp, inProcess).isTrue();
    List<UserType> users = SIGNED.listUsers(r -> r.userPoolId(pool.poolId()).filter("email ^= \"carol\"")).users();
    assertThat(users).extracting(UserType::username).containsExactly("carol");
    assertThat(users.get(0).userCreateDate()).isEqualTo(inProcess.userCreateDate());
  }

  @Test
  void paginator_pages_over_http() {
    String prefix = "paged-" + System.nanoTime();
    for (int i = 0; i < 3; i++) {
      int n = i;
      SIGNED.createUserPool(r -> r.poolName(prefix + n));
    }

    List<String> names = SIGNED.listUserPoolsPaginator(r -> r.maxResults(2)).userPools().stream()
        .map(UserPoolDescriptionType::name).filter(name -> name.startsWith(prefix)).collect(Collectors.toList());

    assertThat(names).containsExactlyInAnyOrder(prefix + 0, prefix + 1, prefix + 2);
  }

  @Test
  void srp_sign_in_over_http_follows_the_fakes_clock() {
    TestPool pool = FAKE.newPool().createUser("dave", "Passw0rd!");
    CognitoSrp srp = CognitoSrp.builder().client(ANONYMOUS).clock(FAKE.clock())
        .userPoolId(pool.poolId()).clientId(pool.clientId()).build();

    AuthenticationResultType tokens = srp.signIn("dave", "Passw0rd!");

    assertThat(FAKE).token(tokens.accessToken()).isAccessToken().hasClaim("username", "dave");
  }

  @Test
  void codes_expire_when_the_test_moves_the_clock() {
    try (FakeCognito fake = FakeCognito.create(); CognitoIdentityProviderClient cognito = client(fake, CREDENTIALS)) {
      String poolId = cognito.createUserPool(r -> r.poolName("expiry")
          .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
      String clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web"))
          .userPoolClient().clientId();
      cognito.signUp(r -> r.clientId(clientId).username("erin").password("Passw0rd!")
          .userAttributes(a -> a.name("email").value("erin@example.com")));
      String code = fake.outbox().lastCode(poolId, "erin").orElseThrow();

      fake.clock().advance(Duration.ofHours(25));

      assertCognitoError(() -> cognito.confirmSignUp(r -> r.clientId(clientId).username("erin").confirmationCode(code)),
          ExpiredCodeException.class, "Invalid code provided, please request a code again.");
    }
  }

  @Test
  void each_call_records_whether_it_was_signed_and_by_which_key() {
    try (FakeCognito fake = FakeCognito.create()) {
      assertThat(fake.httpCalls()).isEmpty();
      try (CognitoIdentityProviderClient signed = client(fake, CREDENTIALS);
          CognitoIdentityProviderClient anonymous = client(fake, AnonymousCredentialsProvider.create())) {
        String poolId = signed.createUserPool(r -> r.poolName("calls")).userPool().id();
        String clientId = signed.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web"))
            .userPoolClient().clientId();
        assertCognitoError(() -> anonymous.signUp(r -> r.clientId(clientId).username("alice").password("short")),
            InvalidParameterException.class, "1 validation error detected: Value at 'password' failed to satisfy "
                + "constraint: Member must have length greater than or equal to 6");

        assertThat(fake.httpCalls()).containsExactly(
            new HttpCall("CreateUserPool", true, "AKIAIOSFODNN7EXAMPLE", 200),
            new HttpCall("CreateUserPoolClient", true, "AKIAIOSFODNN7EXAMPLE", 200),
            new HttpCall("SignUp", false, null, 400));
      }
    }
  }
}
