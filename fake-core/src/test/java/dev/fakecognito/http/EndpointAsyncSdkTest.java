package dev.fakecognito.http;

import static dev.fakecognito.assertions.FakeCognitoAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.fakecognito.FakeCognito;
import dev.fakecognito.TestPool;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/** The SDK's asynchronous client over Netty, given the endpoint. */
class EndpointAsyncSdkTest {

  private static final FakeCognito FAKE = FakeCognito.create();
  private static final CognitoIdentityProviderAsyncClient ASYNC = CognitoIdentityProviderAsyncClient.builder()
      .endpointOverride(FAKE.endpoint())
      .region(Region.US_EAST_1)
      .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
      .httpClient(NettyNioAsyncHttpClient.create())
      .build();

  @AfterAll
  static void close() {
    ASYNC.close();
    FAKE.close();
  }

  @Test
  void async_client_signs_in_and_reads_the_user_over_http() {
    TestPool pool = FAKE.newPool().createUser("alice", "Passw0rd!");

    AuthenticationResultType tokens = ASYNC.adminInitiateAuth(r -> r.userPoolId(pool.poolId())
            .clientId(pool.clientId()).authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
            .authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Passw0rd!")))
        .join().authenticationResult();

    assertThat(ASYNC.getUser(r -> r.accessToken(tokens.accessToken())).join().username()).isEqualTo("alice");
    assertThat(FAKE).token(tokens.idToken()).isIdToken().hasClaim("cognito:username", "alice");
  }

  @Test
  void async_client_fails_its_future_with_the_sdk_exception() {
    TestPool pool = FAKE.newPool().createUser("bob", "Passw0rd!");

    Throwable failure = catchThrowable(() -> ASYNC.adminInitiateAuth(r -> r.userPoolId(pool.poolId())
        .clientId(pool.clientId()).authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "bob", "PASSWORD", "wrong"))).join());

    assertThat(failure).isInstanceOf(CompletionException.class).cause().isInstanceOf(NotAuthorizedException.class);
    NotAuthorizedException cause = (NotAuthorizedException) failure.getCause();
    assertThat(cause.awsErrorDetails().errorCode()).isEqualTo("NotAuthorizedException");
    assertThat(cause.awsErrorDetails().errorMessage()).isEqualTo("Incorrect username or password.");
    assertThat(cause.statusCode()).isEqualTo(400);
  }
}
