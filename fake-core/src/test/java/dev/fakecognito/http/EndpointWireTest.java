package dev.fakecognito.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.TestPool;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The endpoint at the level of HTTP: routing, the error envelope, CORS, discovery and keys. */
class EndpointWireTest {

  private static final FakeCognito FAKE = FakeCognito.create();
  private static final URI ENDPOINT = FAKE.endpoint();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @AfterAll
  static void close() {
    FAKE.close();
  }

  @Test
  void endpoint_is_on_loopback_and_the_same_on_every_call() {
    assertThat(ENDPOINT.toString()).matches("http://127\\.0\\.0\\.1:\\d+");
    assertThat(FAKE.endpoint()).isEqualTo(ENDPOINT);
  }

  @Test
  void api_call_answers_with_json_1_1_and_a_request_id() throws Exception {
    HttpResponse<String> response = post("CreateUserPool", "{\"PoolName\":\"wire\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
    assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
    Map<String, Object> pool = JSONObjectUtils.getJSONObject(JSONObjectUtils.parse(response.body()), "UserPool");
    assertThat(pool).containsEntry("Name", "wire").containsKey("Id");
    assertThat(pool.get("CreationDate")).isInstanceOf(Number.class);
  }

  @Test
  void cognito_error_has_the_type_in_body_and_header() throws Exception {
    HttpResponse<String> response = post("DescribeUserPool", "{\"UserPoolId\":\"us-east-1_aaaaaaaaa\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSONObjectUtils.parse(response.body()))
        .containsEntry("__type", "ResourceNotFoundException")
        .containsEntry("message", "User pool us-east-1_aaaaaaaaa does not exist.");
    assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceNotFoundException:");
    assertThat(response.headers().firstValue("x-amzn-ErrorMessage")).hasValue("User pool us-east-1_aaaaaaaaa does not exist.");
    assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
  }

  @Test
  void operation_whose_sdk_method_spells_mfa_differently_is_served() throws Exception {
    HttpResponse<String> response = post("SetUserMFAPreference", "{\"AccessToken\":\"not-a-token\"}");

    assertThat(JSONObjectUtils.parse(response.body()))
        .containsEntry("__type", "NotAuthorizedException")
        .containsEntry("message", "Invalid Access Token");
    assertThat(post("SetUserMfaPreference", "{}").body()).contains("UnknownOperationException");
  }

  @Test
  void error_message_with_a_line_break_keeps_it_in_the_body() throws Exception {
    String pool = JSONObjectUtils.getJSONObject(
        JSONObjectUtils.parse(post("CreateUserPool", "{\"PoolName\":\"wire\"}").body()), "UserPool").get("Id").toString();
    post("AdminCreateUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"alice\",\"MessageAction\":\"SUPPRESS\"}");

    HttpResponse<String> response = post("AdminDeleteUserAttributes",
        "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"alice\",\"UserAttributeNames\":[\"custom:x\"]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSONObjectUtils.parse(response.body())).containsEntry("__type", "InvalidParameterException")
        .containsEntry("message", "Attributes did not conform to the schema: custom:x: Attribute does not exist in the schema.\n");
    assertThat(response.headers().firstValue("x-amzn-ErrorMessage")).isEmpty();
  }

  @Test
  void unknown_target_is_an_UnknownOperationException() throws Exception {
    HttpResponse<String> response = post("MakeCoffee", "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSONObjectUtils.parse(response.body()))
        .containsEntry("__type", "UnknownOperationException")
        .containsEntry("message", "No operation MakeCoffee.");
  }

  @Test
  void missing_target_is_an_UnknownOperationException() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(ENDPOINT)
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSONObjectUtils.parse(response.body())).containsEntry("__type", "UnknownOperationException");
  }

  @Test
  void body_that_is_not_json_is_a_SerializationException() throws Exception {
    HttpResponse<String> response = post("CreateUserPool", "{\"PoolName\":");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSONObjectUtils.parse(response.body()))
        .containsEntry("__type", "SerializationException")
        .containsEntry("message", "The request body is not a JSON object.");
  }

  @Test
  void member_of_the_wrong_type_is_a_SerializationException() throws Exception {
    HttpResponse<String> response = post("ListUserPools", "{\"MaxResults\":\"ten\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSONObjectUtils.parse(response.body()))
        .containsEntry("__type", "SerializationException")
        .containsEntry("message", "Expected an integer at MaxResults.");
  }

  @Test
  void body_over_one_mebibyte_is_refused() throws Exception {
    HttpResponse<String> response = post("CreateUserPool", "{\"PoolName\":\"" + "x".repeat(1 << 20) + "\"}");

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(JSONObjectUtils.parse(response.body()))
        .containsEntry("__type", "SerializationException")
        .containsEntry("message", "The request body is larger than 1048576 bytes.");
  }

  @Test
  void preflight_allows_any_origin_and_the_requested_headers() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(ENDPOINT)
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", "http://localhost:3000")
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type,x-amz-target,x-amz-user-agent")
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:3000");
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, POST, PUT, OPTIONS");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
        .hasValue("content-type,x-amz-target,x-amz-user-agent");
  }

  @Test
  void api_response_exposes_its_headers_to_pages_of_any_origin() throws Exception {
    HttpResponse<String> response = post("ListUserPools", "{\"MaxResults\":1}");

    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
        .contains("x-amzn-RequestId", "x-amzn-ErrorType");
  }

  @Test
  void jwks_of_a_pool_holds_the_keys_its_tokens_are_signed_with() throws Exception {
    TestPool pool = FAKE.newPool().createUser("alice", "Passw0rd!");
    String idToken = pool.srp().signIn("alice", "Passw0rd!").idToken();

    HttpResponse<String> response = get("/" + pool.poolId() + "/.well-known/jwks.json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=300");
    assertThat(response.body()).isEqualTo(FAKE.jwks(pool.poolId()));
    String kid = com.nimbusds.jwt.SignedJWT.parse(idToken).getHeader().getKeyID();
    assertThat(JWKSet.parse(response.body()).getKeyByKeyId(kid)).isNotNull();
  }

  @Test
  void openid_configuration_names_the_issuer_and_the_served_jwks() throws Exception {
    TestPool pool = FAKE.newPool();

    HttpResponse<String> response = get("/" + pool.poolId() + "/.well-known/openid-configuration");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSONObjectUtils.parse(response.body()))
        .containsEntry("issuer", FAKE.issuer(pool.poolId()))
        .containsEntry("jwks_uri", ENDPOINT + "/" + pool.poolId() + "/.well-known/jwks.json")
        .containsKeys("id_token_signing_alg_values_supported", "subject_types_supported");
  }

  @Test
  void well_known_document_of_an_unknown_pool_is_not_found() throws Exception {
    HttpResponse<String> response = get("/us-east-1_aaaaaaaaa/.well-known/jwks.json");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(JSONObjectUtils.parse(response.body()))
        .containsEntry("__type", "ResourceNotFoundException")
        .containsEntry("message", "User pool us-east-1_aaaaaaaaa does not exist.");
  }

  @Test
  void other_path_is_not_found() throws Exception {
    assertThat(get("/favicon.ico").statusCode()).isEqualTo(404);
  }

  @Test
  void closing_the_fake_frees_the_port() {
    FakeCognito fake = FakeCognito.create();
    URI endpoint = fake.endpoint();

    fake.close();

    assertThatThrownBy(() -> HTTP.send(HttpRequest.newBuilder(endpoint).GET().build(),
        HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    assertThatThrownBy(fake::endpoint).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void port_outside_the_range_is_refused() {
    assertThatThrownBy(() -> FakeCognito.builder().port(70000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port (70000) must be between 1 and 65535");
  }

  private static HttpResponse<String> post(String operation, String body) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(ENDPOINT)
            .header("Content-Type", "application/x-amz-json-1.1")
            .header("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(ENDPOINT.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
