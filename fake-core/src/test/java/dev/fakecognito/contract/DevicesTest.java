package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.PASSWORD;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.assertInvalidPaginationToken;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.testing.Fixtures;
import dev.fakecognito.FakeCognito;
import dev.fakecognito.internal.auth.srp.Srp;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceRememberedStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceSecretVerifierConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListDevicesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

class DevicesTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String UNKNOWN_DEVICE = "us-east-1_00000000-0000-0000-0000-000000000000";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);

  /** A sign-in that was issued a new device. */
  private record SignedIn(String accessToken, String deviceKey, String groupKey) {}

  /* ---- ConfirmDevice ---- */

  @Test
  void confirms_a_new_device_and_remembers_it_at_once_when_the_pool_does_not_ask_the_user() {
    String poolId = devicePool(false);
    SignedIn alice = signIn(poolId, "alice");

    ConfirmDeviceResponse response = cognito.confirmDevice(r -> r.accessToken(alice.accessToken())
        .deviceKey(alice.deviceKey()).deviceSecretVerifierConfig(verifierConfig(alice)).deviceName("phone"));

    assertThat(response.userConfirmationNecessary()).isFalse();
    assertThat(attributes(adminGet(poolId, "alice", alice.deviceKey())))
        .containsEntry("dev:device_remembered_status", "remembered");
  }

  @Test
  void confirming_in_a_pool_that_remembers_only_on_user_prompt_asks_for_user_confirmation() {
    String poolId = devicePool(true);
    SignedIn alice = signIn(poolId, "alice");

    ConfirmDeviceResponse response = cognito.confirmDevice(r -> r.accessToken(alice.accessToken())
        .deviceKey(alice.deviceKey()).deviceSecretVerifierConfig(verifierConfig(alice)));

    assertThat(response.userConfirmationNecessary()).isTrue();
    assertThat(attributes(adminGet(poolId, "alice", alice.deviceKey())))
        .containsEntry("dev:device_remembered_status", "not_remembered");
  }

  @Test
  void confirmed_device_carries_status_name_and_remembered_status_attributes() {
    String poolId = devicePool(false);
    SignedIn alice = signIn(poolId, "alice");

    confirm(alice, "Alice's phone");

    assertThat(adminGet(poolId, "alice", alice.deviceKey()).deviceAttributes()).extracting(AttributeType::name)
        .containsExactly("device_status", "device_name", "dev:device_remembered_status");
    assertThat(attributes(adminGet(poolId, "alice", alice.deviceKey())))
        .containsEntry("device_status", "valid").containsEntry("device_name", "Alice's phone");
  }

  @Test
  void confirmed_device_without_a_name_has_no_device_name_attribute() {
    String poolId = devicePool(false);
    SignedIn alice = signIn(poolId, "alice");

    confirm(alice, null);

    assertThat(attributes(adminGet(poolId, "alice", alice.deviceKey()))).doesNotContainKey("device_name");
  }

  @Test
  void confirming_a_device_again_replaces_its_name_and_starts_over_from_the_pool_rule() {
    String poolId = devicePool(true);
    SignedIn alice = signIn(poolId, "alice");
    confirm(alice, "old");
    cognito.adminUpdateDeviceStatus(r -> r.userPoolId(poolId).username("alice").deviceKey(alice.deviceKey())
        .deviceRememberedStatus(DeviceRememberedStatusType.REMEMBERED));

    ConfirmDeviceResponse again = confirm(alice, "new");

    assertThat(again.userConfirmationNecessary()).isTrue();
    assertThat(attributes(adminGet(poolId, "alice", alice.deviceKey())))
        .containsEntry("device_name", "new").containsEntry("dev:device_remembered_status", "not_remembered");
  }

  @Test
  void device_of_another_user_throws_ResourceNotFoundException() {
    String poolId = devicePool(false);
    SignedIn alice = signIn(poolId, "alice");
    SignedIn bob = signIn(poolId, "bob");

    assertCognitoError(() -> cognito.confirmDevice(r -> r.accessToken(alice.accessToken())
            .deviceKey(bob.deviceKey()).deviceSecretVerifierConfig(verifierConfig(bob))),
        ResourceNotFoundException.class, "Device does not exist.");
  }

  @Test
  void confirming_an_unknown_device_throws_ResourceNotFoundException() {
    SignedIn alice = signIn(devicePool(false), "alice");

    assertCognitoError(() -> cognito.confirmDevice(r -> r.accessToken(alice.accessToken())
            .deviceKey(UNKNOWN_DEVICE).deviceSecretVerifierConfig(verifierConfig(alice))),
        ResourceNotFoundException.class, "Device does not exist.");
  }

  @Test
  void confirming_without_a_verifier_config_throws_InvalidParameterException() {
    SignedIn alice = signIn(devicePool(false), "alice");

    assertCognitoError(() -> cognito.confirmDevice(r -> r.accessToken(alice.accessToken())
        .deviceKey(alice.deviceKey())), InvalidParameterException.class, "Invalid device secret verifier config given.");
  }

  @Test
  void verifier_config_without_a_salt_throws_InvalidParameterException() {
    SignedIn alice = signIn(devicePool(false), "alice");
    DeviceSecretVerifierConfigType noSalt = verifierConfig(alice).toBuilder().salt(null).build();

    assertCognitoError(() -> cognito.confirmDevice(r -> r.accessToken(alice.accessToken())
            .deviceKey(alice.deviceKey()).deviceSecretVerifierConfig(noSalt)),
        InvalidParameterException.class, "Invalid device secret verifier config given.");
  }

  @Test
  void verifier_that_is_not_base64_throws_InvalidParameterException() {
    SignedIn alice = signIn(devicePool(false), "alice");
    DeviceSecretVerifierConfigType garbled = verifierConfig(alice).toBuilder().passwordVerifier("not base64!").build();

    assertCognitoError(() -> cognito.confirmDevice(r -> r.accessToken(alice.accessToken())
            .deviceKey(alice.deviceKey()).deviceSecretVerifierConfig(garbled)),
        InvalidParameterException.class, "Invalid device secret verifier config given.");
  }

  @Test
  void verifier_of_zero_throws_InvalidParameterException() {
    SignedIn alice = signIn(devicePool(false), "alice");
    DeviceSecretVerifierConfigType zero = verifierConfig(alice).toBuilder().passwordVerifier("AA==").build();

    assertCognitoError(() -> cognito.confirmDevice(r -> r.accessToken(alice.accessToken())
            .deviceKey(alice.deviceKey()).deviceSecretVerifierConfig(zero)),
        InvalidParameterException.class, "Invalid device secret verifier config given.");
  }

  @Test
  void device_name_longer_than_1024_characters_throws_InvalidParameterException() {
    SignedIn alice = signIn(devicePool(false), "alice");
    String name = "n".repeat(1025);

    assertCognitoError(() -> cognito.confirmDevice(r -> r.accessToken(alice.accessToken())
            .deviceKey(alice.deviceKey()).deviceSecretVerifierConfig(verifierConfig(alice)).deviceName(name)),
        InvalidParameterException.class, "1 validation error detected: Value '" + name
            + "' at 'deviceName' failed to satisfy constraint: Member must have length less than or equal to 1024");
  }

  @Test
  void malformed_device_key_throws_InvalidParameterException() {
    SignedIn alice = signIn(devicePool(false), "alice");

    assertCognitoError(() -> cognito.confirmDevice(r -> r.accessToken(alice.accessToken())
            .deviceKey("no-underscore").deviceSecretVerifierConfig(verifierConfig(alice))),
        InvalidParameterException.class, "1 validation error detected: Value 'no-underscore' at 'deviceKey' failed to "
            + "satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-f-]+");
  }

  @Test
  void device_key_longer_than_55_characters_throws_InvalidParameterException() {
    SignedIn alice = signIn(devicePool(false), "alice");
    String key = "us-east-1_" + "a".repeat(46);

    assertCognitoError(() -> cognito.confirmDevice(r -> r.accessToken(alice.accessToken())
            .deviceKey(key).deviceSecretVerifierConfig(verifierConfig(alice))),
        InvalidParameterException.class, "1 validation error detected: Value '" + key
            + "' at 'deviceKey' failed to satisfy constraint: Member must have length less than or equal to 55");
  }

  @Test
  void missing_device_key_throws_InvalidParameterException() {
    SignedIn alice = signIn(devicePool(false), "alice");

    assertCognitoError(() -> cognito.confirmDevice(r -> r.accessToken(alice.accessToken())
            .deviceSecretVerifierConfig(verifierConfig(alice))), InvalidParameterException.class,
        "1 validation error detected: Value null at 'deviceKey' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void confirming_with_an_expired_access_token_throws_NotAuthorizedException() {
    SignedIn alice = signIn(devicePool(false), "alice");
    fake.clock().advance(Duration.ofMinutes(61));

    assertCognitoError(() -> confirm(alice, null), NotAuthorizedException.class, "Access Token has expired");
  }

  @Test
  void confirming_with_a_malformed_access_token_throws_NotAuthorizedException() {
    SignedIn alice = signIn(devicePool(false), "alice");

    assertCognitoError(() -> cognito.confirmDevice(r -> r.accessToken("not-a-token").deviceKey(alice.deviceKey())
        .deviceSecretVerifierConfig(verifierConfig(alice))), NotAuthorizedException.class, "Invalid Access Token");
  }

  @Test
  void confirming_after_the_user_was_deleted_throws_UserNotFoundException() {
    String poolId = devicePool(false);
    SignedIn alice = signIn(poolId, "alice");
    cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("alice"));

    assertCognitoError(() -> confirm(alice, null), UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void confirmed_salt_and_verifier_let_the_device_answer_DEVICE_PASSWORD_VERIFIER() {
    String poolId = devicePool(false);
    SignedIn alice = signIn(poolId, "alice");
    byte[] salt = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    cognito.confirmDevice(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey())
        .deviceSecretVerifierConfig(verifierConfig(alice, salt, "device-password")));
    String clientId = clientId(poolId);
    InitiateAuthResponse deviceChallenge = cognito.initiateAuth(r -> r.clientId(clientId)
        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD, "DEVICE_KEY", alice.deviceKey())));
    BigInteger a = new BigInteger(1, new byte[] {7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7});
    BigInteger srpA = Srp.clientPublic(a);

    RespondToAuthChallengeResponse verifier = cognito.respondToAuthChallenge(r -> r.clientId(clientId)
        .challengeName(ChallengeNameType.DEVICE_SRP_AUTH).session(deviceChallenge.session())
        .challengeResponses(Map.of("USERNAME", "alice", "DEVICE_KEY", alice.deviceKey(), "SRP_A", Srp.toHex(srpA))));
    Map<String, String> parameters = verifier.challengeParameters();
    BigInteger srpB = Srp.fromHex(parameters.get("SRP_B"));
    BigInteger u = Srp.u(srpA, srpB);
    BigInteger x = Srp.x(salt, alice.groupKey(), alice.deviceKey(), "device-password");
    byte[] key = Srp.key(Srp.clientSecret(srpB, x, a, u), u);
    String timestamp = Srp.timestamp(fake.clock().instant());
    String signature = Srp.signature(key, alice.groupKey(), alice.deviceKey(),
        Base64.getDecoder().decode(parameters.get("SECRET_BLOCK")), timestamp);
    RespondToAuthChallengeResponse signedIn = cognito.respondToAuthChallenge(r -> r.clientId(clientId)
        .challengeName(ChallengeNameType.DEVICE_PASSWORD_VERIFIER).challengeResponses(Map.of(
            "USERNAME", "alice", "DEVICE_KEY", alice.deviceKey(), "TIMESTAMP", timestamp,
            "PASSWORD_CLAIM_SECRET_BLOCK", parameters.get("SECRET_BLOCK"), "PASSWORD_CLAIM_SIGNATURE", signature)));

    assertThat(deviceChallenge.challengeName()).isEqualTo(ChallengeNameType.DEVICE_SRP_AUTH);
    assertThat(parameters.get("SALT")).isEqualTo("0102030405060708090a0b0c0d0e0f10");
    assertThat(signedIn.authenticationResult().accessToken()).isNotBlank();
    assertThat(signedIn.authenticationResult().newDeviceMetadata()).isNull();
  }

  /* ---- GetDevice and AdminGetDevice ---- */

  @Test
  void gets_a_remembered_device_with_its_key_and_dates() {
    String poolId = devicePool(false);
    Instant issuedAt = fake.clock().instant();
    SignedIn alice = signIn(poolId, "alice");
    fake.clock().advance(Duration.ofMinutes(5));
    confirm(alice, "phone");

    DeviceType device = cognito.getDevice(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey())).device();

    assertThat(device.deviceKey()).isEqualTo(alice.deviceKey());
    assertThat(device.deviceCreateDate()).isEqualTo(issuedAt);
    assertThat(device.deviceLastAuthenticatedDate()).isEqualTo(issuedAt);
    assertThat(device.deviceLastModifiedDate()).isEqualTo(issuedAt.plus(Duration.ofMinutes(5)));
  }

  @Test
  void signing_in_again_with_the_device_key_moves_its_last_authenticated_date() {
    String poolId = devicePool(true);
    SignedIn alice = signIn(poolId, "alice");
    confirm(alice, "phone");
    Instant confirmedAt = fake.clock().instant();
    fake.clock().advance(Duration.ofHours(2));

    cognito.initiateAuth(r -> r.clientId(clientId(poolId)).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD, "DEVICE_KEY", alice.deviceKey())));

    DeviceType device = adminGet(poolId, "alice", alice.deviceKey());
    assertThat(device.deviceLastAuthenticatedDate()).isEqualTo(confirmedAt.plus(Duration.ofHours(2)));
    assertThat(device.deviceLastModifiedDate()).isEqualTo(confirmedAt);
    assertThat(device.deviceCreateDate()).isEqualTo(confirmedAt);
  }

  @Test
  void getting_a_device_that_is_not_remembered_throws_ResourceNotFoundException() {
    SignedIn alice = signIn(devicePool(true), "alice");
    confirm(alice, null);

    assertCognitoError(() -> cognito.getDevice(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey())),
        ResourceNotFoundException.class, "Device does not exist.");
  }

  @Test
  void getting_an_unconfirmed_device_throws_ResourceNotFoundException() {
    String poolId = devicePool(false);
    SignedIn alice = signIn(poolId, "alice");

    assertCognitoError(() -> cognito.getDevice(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey())),
        ResourceNotFoundException.class, "Device does not exist.");
    assertCognitoError(() -> adminGet(poolId, "alice", alice.deviceKey()),
        ResourceNotFoundException.class, "Device does not exist.");
  }

  @Test
  void getting_an_unknown_device_throws_ResourceNotFoundException() {
    SignedIn alice = signIn(devicePool(false), "alice");

    assertCognitoError(() -> cognito.getDevice(r -> r.accessToken(alice.accessToken()).deviceKey(UNKNOWN_DEVICE)),
        ResourceNotFoundException.class, "Device does not exist.");
  }

  @Test
  void getting_another_users_device_throws_ResourceNotFoundException() {
    String poolId = devicePool(false);
    SignedIn alice = signIn(poolId, "alice");
    SignedIn bob = signIn(poolId, "bob");
    confirm(bob, null);

    assertCognitoError(() -> cognito.getDevice(r -> r.accessToken(alice.accessToken()).deviceKey(bob.deviceKey())),
        ResourceNotFoundException.class, "Device does not exist.");
    assertCognitoError(() -> adminGet(poolId, "alice", bob.deviceKey()),
        ResourceNotFoundException.class, "Device does not exist.");
  }

  @Test
  void getting_a_device_with_an_expired_access_token_throws_NotAuthorizedException() {
    SignedIn alice = signIn(devicePool(false), "alice");
    confirm(alice, null);
    fake.clock().advance(Duration.ofMinutes(61));

    assertCognitoError(() -> cognito.getDevice(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey())),
        NotAuthorizedException.class, "Access Token has expired");
  }

  @Test
  void getting_a_device_without_an_access_token_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.getDevice(r -> r.deviceKey(UNKNOWN_DEVICE)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'accessToken' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void admin_gets_a_device_that_is_not_remembered() {
    String poolId = devicePool(true);
    SignedIn alice = signIn(poolId, "alice");
    confirm(alice, "laptop");

    DeviceType device = adminGet(poolId, "alice", alice.deviceKey());

    assertThat(device.deviceKey()).isEqualTo(alice.deviceKey());
    assertThat(attributes(device)).containsEntry("device_name", "laptop")
        .containsEntry("dev:device_remembered_status", "not_remembered");
  }

  @Test
  void admin_finds_the_user_by_sub_too() {
    String poolId = devicePool(false);
    SignedIn alice = signIn(poolId, "alice");
    confirm(alice, null);
    String sub = cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).userAttributes().stream()
        .filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();

    assertThat(adminGet(poolId, sub, alice.deviceKey()).deviceKey()).isEqualTo(alice.deviceKey());
  }

  @Test
  void admin_and_self_service_see_a_remembered_device_alike() {
    String poolId = devicePool(false);
    SignedIn alice = signIn(poolId, "alice");
    confirm(alice, "phone");

    DeviceType self = cognito.getDevice(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey())).device();

    assertThat(self).isEqualTo(adminGet(poolId, "alice", alice.deviceKey()));
  }

  @Test
  void admin_get_for_an_unknown_user_throws_UserNotFoundException() {
    String poolId = devicePool(false);

    assertCognitoError(() -> adminGet(poolId, "nobody", UNKNOWN_DEVICE), UserNotFoundException.class,
        "User does not exist.");
  }

  @Test
  void admin_get_in_an_unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> adminGet("us-east-1_missing1", "alice", UNKNOWN_DEVICE),
        ResourceNotFoundException.class, "User pool us-east-1_missing1 does not exist.");
  }

  @Test
  void admin_get_of_an_unknown_device_throws_ResourceNotFoundException() {
    String poolId = devicePool(false);
    signIn(poolId, "alice");

    assertCognitoError(() -> adminGet(poolId, "alice", UNKNOWN_DEVICE), ResourceNotFoundException.class,
        "Device does not exist.");
  }

  @Test
  void admin_get_without_a_username_throws_InvalidParameterException() {
    String poolId = devicePool(false);

    assertCognitoError(() -> cognito.adminGetDevice(r -> r.userPoolId(poolId).deviceKey(UNKNOWN_DEVICE)),
        InvalidParameterException.class,
        "1 validation error detected: Value null at 'username' failed to satisfy constraint: Member must not be null");
  }

  /* ---- ListDevices and AdminListDevices ---- */

  @Test
  void lists_only_remembered_devices_oldest_first() {
    String poolId = devicePool(true);
    SignedIn first = signIn(poolId, "alice");
    SignedIn second = signIn(poolId, "alice");
    SignedIn third = signIn(poolId, "alice");
    for (SignedIn device : List.of(first, second, third)) {
      confirm(device, null);
    }
    remember(poolId, third);
    remember(poolId, first);

    ListDevicesResponse response = cognito.listDevices(r -> r.accessToken(third.accessToken()));

    assertThat(response.devices()).extracting(DeviceType::deviceKey).containsExactly(first.deviceKey(), third.deviceKey());
    assertThat(response.paginationToken()).isNull();
  }

  @Test
  void listing_leaves_out_unconfirmed_devices() {
    String poolId = devicePool(false);
    SignedIn confirmed = signIn(poolId, "alice");
    confirm(confirmed, null);
    signIn(poolId, "alice");

    assertThat(cognito.listDevices(r -> r.accessToken(confirmed.accessToken())).devices())
        .extracting(DeviceType::deviceKey).containsExactly(confirmed.deviceKey());
    assertThat(cognito.adminListDevices(r -> r.userPoolId(poolId).username("alice")).devices())
        .extracting(DeviceType::deviceKey).containsExactly(confirmed.deviceKey());
  }

  @Test
  void lists_devices_in_pages_of_the_limit() {
    String poolId = devicePool(false);
    List<String> keys = confirmedDevices(poolId, "alice", 3);
    String alice = signIn(poolId, "alice").accessToken();

    ListDevicesResponse page1 = cognito.listDevices(r -> r.accessToken(alice).limit(2));
    ListDevicesResponse page2 = cognito.listDevices(r -> r.accessToken(alice).limit(2)
        .paginationToken(page1.paginationToken()));

    assertThat(page1.devices()).extracting(DeviceType::deviceKey).containsExactly(keys.get(0), keys.get(1));
    assertThat(page1.paginationToken()).isNotNull();
    assertThat(page2.devices()).extracting(DeviceType::deviceKey).containsExactly(keys.get(2));
    assertThat(page2.paginationToken()).isNull();
  }

  @Test
  void limit_of_zero_returns_a_full_page() {
    String poolId = devicePool(false);
    List<String> keys = confirmedDevices(poolId, "alice", 3);
    String alice = signIn(poolId, "alice").accessToken();

    assertThat(cognito.listDevices(r -> r.accessToken(alice).limit(0)).devices())
        .extracting(DeviceType::deviceKey).containsExactlyElementsOf(keys);
  }

  @Test
  void user_without_devices_lists_none() {
    String poolId = pool(cognito);
    client(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    String alice = tokens(poolId, "alice").accessToken();

    assertThat(cognito.listDevices(r -> r.accessToken(alice)).devices()).isEmpty();
    assertThat(cognito.adminListDevices(r -> r.userPoolId(poolId).username("alice")).devices()).isEmpty();
  }

  @Test
  void limit_above_60_throws_InvalidParameterException() {
    SignedIn alice = signIn(devicePool(false), "alice");

    assertCognitoError(() -> cognito.listDevices(r -> r.accessToken(alice.accessToken()).limit(61)),
        InvalidParameterException.class, "1 validation error detected: Value '61' at 'limit' failed to satisfy "
            + "constraint: Member must have value less than or equal to 60");
  }

  @Test
  void negative_limit_throws_InvalidParameterException() {
    String poolId = devicePool(false);
    signIn(poolId, "alice");

    assertCognitoError(() -> cognito.adminListDevices(r -> r.userPoolId(poolId).username("alice").limit(-1)),
        InvalidParameterException.class, "1 validation error detected: Value '-1' at 'limit' failed to satisfy "
            + "constraint: Member must have value greater than or equal to 0");
  }

  @Test
  void pagination_token_not_issued_by_the_fake_throws_InvalidParameterException() {
    SignedIn alice = signIn(devicePool(false), "alice");

    assertInvalidPaginationToken(
        () -> cognito.listDevices(r -> r.accessToken(alice.accessToken()).paginationToken("bogus")), "bogus");
  }

  @Test
  void listing_with_an_expired_access_token_throws_NotAuthorizedException() {
    SignedIn alice = signIn(devicePool(false), "alice");
    fake.clock().advance(Duration.ofMinutes(61));

    assertCognitoError(() -> cognito.listDevices(r -> r.accessToken(alice.accessToken())),
        NotAuthorizedException.class, "Access Token has expired");
  }

  @Test
  void listing_after_a_global_sign_out_throws_NotAuthorizedException() {
    SignedIn alice = signIn(devicePool(false), "alice");
    confirm(alice, null);
    cognito.globalSignOut(r -> r.accessToken(alice.accessToken()));

    assertCognitoError(() -> cognito.listDevices(r -> r.accessToken(alice.accessToken())),
        NotAuthorizedException.class, "Access Token has been revoked");
  }

  @Test
  void admin_lists_remembered_and_not_remembered_devices_oldest_first() {
    String poolId = devicePool(true);
    SignedIn first = signIn(poolId, "alice");
    SignedIn second = signIn(poolId, "alice");
    confirm(first, null);
    confirm(second, null);
    remember(poolId, second);

    List<DeviceType> devices = cognito.adminListDevices(r -> r.userPoolId(poolId).username("alice")).devices();

    assertThat(devices).extracting(DeviceType::deviceKey).containsExactly(first.deviceKey(), second.deviceKey());
    assertThat(devices).extracting(d -> attributes(d).get("dev:device_remembered_status"))
        .containsExactly("not_remembered", "remembered");
  }

  @Test
  void admin_lists_devices_in_pages_of_the_limit() {
    String poolId = devicePool(false);
    List<String> keys = confirmedDevices(poolId, "alice", 3);

    var page1 = cognito.adminListDevices(r -> r.userPoolId(poolId).username("alice").limit(1));
    var page2 = cognito.adminListDevices(r -> r.userPoolId(poolId).username("alice").limit(5)
        .paginationToken(page1.paginationToken()));

    assertThat(page1.devices()).extracting(DeviceType::deviceKey).containsExactly(keys.get(0));
    assertThat(page2.devices()).extracting(DeviceType::deviceKey).containsExactly(keys.get(1), keys.get(2));
    assertThat(page2.paginationToken()).isNull();
  }

  @Test
  void admin_and_self_service_list_remembered_devices_alike() {
    String poolId = devicePool(false);
    confirmedDevices(poolId, "alice", 2);
    String alice = signIn(poolId, "alice").accessToken();

    assertThat(cognito.listDevices(r -> r.accessToken(alice)).devices())
        .isEqualTo(cognito.adminListDevices(r -> r.userPoolId(poolId).username("alice")).devices());
  }

  @Test
  void admin_list_for_an_unknown_user_throws_UserNotFoundException() {
    String poolId = devicePool(false);

    assertCognitoError(() -> cognito.adminListDevices(r -> r.userPoolId(poolId).username("nobody")),
        UserNotFoundException.class, "User does not exist.");
  }

  /* ---- UpdateDeviceStatus and AdminUpdateDeviceStatus ---- */

  @Test
  void remembering_a_device_shows_it_to_the_user_and_moves_its_last_modified_date() {
    String poolId = devicePool(true);
    SignedIn alice = signIn(poolId, "alice");
    confirm(alice, null);
    fake.clock().advance(Duration.ofMinutes(3));

    cognito.updateDeviceStatus(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey())
        .deviceRememberedStatus(DeviceRememberedStatusType.REMEMBERED));

    DeviceType device = cognito.getDevice(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey())).device();
    assertThat(attributes(device)).containsEntry("dev:device_remembered_status", "remembered");
    assertThat(device.deviceLastModifiedDate()).isEqualTo(fake.clock().instant());
    assertThat(cognito.listDevices(r -> r.accessToken(alice.accessToken())).devices()).hasSize(1);
  }

  @Test
  void forgetting_to_remember_hides_the_device_from_the_user_but_not_from_the_admin() {
    String poolId = devicePool(false);
    SignedIn alice = signIn(poolId, "alice");
    confirm(alice, null);

    cognito.updateDeviceStatus(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey())
        .deviceRememberedStatus(DeviceRememberedStatusType.NOT_REMEMBERED));

    assertThat(cognito.listDevices(r -> r.accessToken(alice.accessToken())).devices()).isEmpty();
    assertThat(attributes(adminGet(poolId, "alice", alice.deviceKey())))
        .containsEntry("dev:device_remembered_status", "not_remembered");
  }

  @Test
  void unknown_remembered_status_throws_InvalidParameterException() {
    SignedIn alice = signIn(devicePool(false), "alice");
    confirm(alice, null);

    assertCognitoError(() -> cognito.updateDeviceStatus(r -> r.accessToken(alice.accessToken())
            .deviceKey(alice.deviceKey()).deviceRememberedStatus("forever")), InvalidParameterException.class,
        "1 validation error detected: Value 'forever' at 'deviceRememberedStatus' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [remembered, not_remembered]");
  }

  @Test
  void missing_remembered_status_throws_InvalidParameterException() {
    SignedIn alice = signIn(devicePool(false), "alice");
    confirm(alice, null);

    assertCognitoError(() -> cognito.updateDeviceStatus(r -> r.accessToken(alice.accessToken())
            .deviceKey(alice.deviceKey())), InvalidParameterException.class,
        "1 validation error detected: Value null at 'deviceRememberedStatus' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void updating_an_unknown_device_throws_ResourceNotFoundException() {
    SignedIn alice = signIn(devicePool(false), "alice");

    assertCognitoError(() -> cognito.updateDeviceStatus(r -> r.accessToken(alice.accessToken())
            .deviceKey(UNKNOWN_DEVICE).deviceRememberedStatus(DeviceRememberedStatusType.REMEMBERED)),
        ResourceNotFoundException.class, "Device does not exist.");
  }

  @Test
  void updating_an_unconfirmed_device_throws_ResourceNotFoundException() {
    SignedIn alice = signIn(devicePool(true), "alice");

    assertCognitoError(() -> cognito.updateDeviceStatus(r -> r.accessToken(alice.accessToken())
            .deviceKey(alice.deviceKey()).deviceRememberedStatus(DeviceRememberedStatusType.REMEMBERED)),
        ResourceNotFoundException.class, "Device does not exist.");
  }

  @Test
  void updating_with_an_expired_access_token_throws_NotAuthorizedException() {
    SignedIn alice = signIn(devicePool(true), "alice");
    confirm(alice, null);
    fake.clock().advance(Duration.ofMinutes(61));

    assertCognitoError(() -> cognito.updateDeviceStatus(r -> r.accessToken(alice.accessToken())
            .deviceKey(alice.deviceKey()).deviceRememberedStatus(DeviceRememberedStatusType.REMEMBERED)),
        NotAuthorizedException.class, "Access Token has expired");
  }

  @Test
  void admin_remembers_a_device_as_the_user_would() {
    String poolId = devicePool(true);
    SignedIn alice = signIn(poolId, "alice");
    confirm(alice, null);
    fake.clock().advance(Duration.ofMinutes(1));

    cognito.adminUpdateDeviceStatus(r -> r.userPoolId(poolId).username("alice").deviceKey(alice.deviceKey())
        .deviceRememberedStatus(DeviceRememberedStatusType.REMEMBERED));

    DeviceType device = cognito.getDevice(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey())).device();
    assertThat(attributes(device)).containsEntry("dev:device_remembered_status", "remembered");
    assertThat(device.deviceLastModifiedDate()).isEqualTo(fake.clock().instant());
  }

  @Test
  void admin_update_for_an_unknown_user_throws_UserNotFoundException() {
    String poolId = devicePool(false);

    assertCognitoError(() -> cognito.adminUpdateDeviceStatus(r -> r.userPoolId(poolId).username("nobody")
            .deviceKey(UNKNOWN_DEVICE).deviceRememberedStatus(DeviceRememberedStatusType.REMEMBERED)),
        UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void admin_update_of_an_unknown_device_throws_ResourceNotFoundException() {
    String poolId = devicePool(false);
    signIn(poolId, "alice");

    assertCognitoError(() -> cognito.adminUpdateDeviceStatus(r -> r.userPoolId(poolId).username("alice")
            .deviceKey(UNKNOWN_DEVICE).deviceRememberedStatus(DeviceRememberedStatusType.NOT_REMEMBERED)),
        ResourceNotFoundException.class, "Device does not exist.");
  }

  @Test
  void admin_update_with_an_unknown_status_throws_InvalidParameterException() {
    String poolId = devicePool(false);
    SignedIn alice = signIn(poolId, "alice");
    confirm(alice, null);

    assertCognitoError(() -> cognito.adminUpdateDeviceStatus(r -> r.userPoolId(poolId).username("alice")
            .deviceKey(alice.deviceKey()).deviceRememberedStatus("REMEMBERED")), InvalidParameterException.class,
        "1 validation error detected: Value 'REMEMBERED' at 'deviceRememberedStatus' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [remembered, not_remembered]");
  }

  /* ---- ForgetDevice and AdminForgetDevice ---- */

  @Test
  void forgotten_device_is_gone_for_user_and_admin() {
    String poolId = devicePool(false);
    SignedIn alice = signIn(poolId, "alice");
    confirm(alice, null);

    cognito.forgetDevice(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey()));

    assertThat(cognito.listDevices(r -> r.accessToken(alice.accessToken())).devices()).isEmpty();
    assertThat(cognito.adminListDevices(r -> r.userPoolId(poolId).username("alice")).devices()).isEmpty();
    assertCognitoError(() -> adminGet(poolId, "alice", alice.deviceKey()), ResourceNotFoundException.class,
        "Device does not exist.");
  }

  @Test
  void forgotten_device_key_is_refused_at_the_next_sign_in() {
    String poolId = devicePool(false);
    SignedIn alice = signIn(poolId, "alice");
    confirm(alice, null);

    cognito.forgetDevice(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey()));

    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(clientId(poolId))
            .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
            .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD, "DEVICE_KEY", alice.deviceKey()))),
        ResourceNotFoundException.class, "Device does not exist.");
  }

  @Test
  void forgetting_a_device_twice_throws_ResourceNotFoundException() {
    SignedIn alice = signIn(devicePool(false), "alice");
    confirm(alice, null);
    cognito.forgetDevice(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey()));

    assertCognitoError(() -> cognito.forgetDevice(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey())),
        ResourceNotFoundException.class, "Device does not exist.");
  }

  @Test
  void user_forgets_a_device_that_is_not_remembered() {
    String poolId = devicePool(true);
    SignedIn alice = signIn(poolId, "alice");
    confirm(alice, null);

    cognito.forgetDevice(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey()));

    assertThat(cognito.adminListDevices(r -> r.userPoolId(poolId).username("alice")).devices()).isEmpty();
  }

  @Test
  void forgetting_with_an_expired_access_token_throws_NotAuthorizedException() {
    SignedIn alice = signIn(devicePool(false), "alice");
    confirm(alice, null);
    fake.clock().advance(Duration.ofMinutes(61));

    assertCognitoError(() -> cognito.forgetDevice(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey())),
        NotAuthorizedException.class, "Access Token has expired");
  }

  @Test
  void forgetting_a_malformed_device_key_throws_InvalidParameterException() {
    SignedIn alice = signIn(devicePool(false), "alice");

    assertCognitoError(() -> cognito.forgetDevice(r -> r.accessToken(alice.accessToken()).deviceKey("us-east-1_XYZ")),
        InvalidParameterException.class, "1 validation error detected: Value 'us-east-1_XYZ' at 'deviceKey' failed to "
            + "satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-f-]+");
  }

  @Test
  void admin_forgets_a_device_and_the_user_can_no_longer_use_it() {
    String poolId = devicePool(false);
    SignedIn alice = signIn(poolId, "alice");
    confirm(alice, null);

    cognito.adminForgetDevice(r -> r.userPoolId(poolId).username("alice").deviceKey(alice.deviceKey()));

    assertCognitoError(() -> cognito.getDevice(r -> r.accessToken(alice.accessToken()).deviceKey(alice.deviceKey())),
        ResourceNotFoundException.class, "Device does not exist.");
    assertCognitoError(() -> cognito.initiateAuth(r -> r.clientId(clientId(poolId))
            .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
            .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD, "DEVICE_KEY", alice.deviceKey()))),
        ResourceNotFoundException.class, "Device does not exist.");
  }

  @Test
  void admin_forget_for_an_unknown_user_throws_UserNotFoundException() {
    String poolId = devicePool(false);

    assertCognitoError(() -> cognito.adminForgetDevice(r -> r.userPoolId(poolId).username("nobody")
        .deviceKey(UNKNOWN_DEVICE)), UserNotFoundException.class, "User does not exist.");
  }

  @Test
  void admin_forget_of_an_unknown_device_throws_ResourceNotFoundException() {
    String poolId = devicePool(false);
    signIn(poolId, "alice");

    assertCognitoError(() -> cognito.adminForgetDevice(r -> r.userPoolId(poolId).username("alice")
        .deviceKey(UNKNOWN_DEVICE)), ResourceNotFoundException.class, "Device does not exist.");
  }

  /* ---- Helpers ---- */

  /** A pool that tracks devices, with an app client and the users alice and bob. */
  private String devicePool(boolean onlyOnUserPrompt) {
    String poolId = pool(cognito, r -> r.deviceConfiguration(d -> d.challengeRequiredOnNewDevice(false)
        .deviceOnlyRememberedOnUserPrompt(onlyOnUserPrompt)));
    client(cognito, poolId);
    confirmedUser(cognito, poolId, "alice");
    confirmedUser(cognito, poolId, "bob");
    return poolId;
  }

  private String clientId(String poolId) {
    return cognito.listUserPoolClients(r -> r.userPoolId(poolId)).userPoolClients().get(0).clientId();
  }

  private AuthenticationResultType tokens(String poolId, String username) {
    return Fixtures.signIn(cognito, clientId(poolId), username, PASSWORD);
  }

  /** Signs in without a DEVICE_KEY, which issues a new device. */
  private SignedIn signIn(String poolId, String username) {
    AuthenticationResultType tokens = tokens(poolId, username);
    return new SignedIn(tokens.accessToken(), tokens.newDeviceMetadata().deviceKey(),
        tokens.newDeviceMetadata().deviceGroupKey());
  }

  private ConfirmDeviceResponse confirm(SignedIn device, String name) {
    return cognito.confirmDevice(r -> r.accessToken(device.accessToken()).deviceKey(device.deviceKey())
        .deviceSecretVerifierConfig(verifierConfig(device)).deviceName(name));
  }

  private void remember(String poolId, SignedIn device) {
    cognito.adminUpdateDeviceStatus(r -> r.userPoolId(poolId).username("alice").deviceKey(device.deviceKey())
        .deviceRememberedStatus(DeviceRememberedStatusType.REMEMBERED));
  }

  /** Issues and confirms {@code count} devices, in a pool that remembers them at once. */
  private List<String> confirmedDevices(String poolId, String username, int count) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      SignedIn device = signIn(poolId, username);
      confirm(device, "device " + i);
      keys.add(device.deviceKey());
      fake.clock().advance(Duration.ofSeconds(1));
    }
    return keys;
  }

  private DeviceType adminGet(String poolId, String username, String deviceKey) {
    return cognito.adminGetDevice(r -> r.userPoolId(poolId).username(username).deviceKey(deviceKey)).device();
  }

  /** What a client sends to ConfirmDevice: a random salt and the verifier of a random device password. */
  private static DeviceSecretVerifierConfigType verifierConfig(SignedIn device) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] password = new byte[40];
    RANDOM.nextBytes(password);
    return verifierConfig(device, salt, Base64.getEncoder().encodeToString(password));
  }

  private static DeviceSecretVerifierConfigType verifierConfig(SignedIn device, byte[] salt, String password) {
    BigInteger x = Srp.x(salt, device.groupKey(), device.deviceKey(), password);
    return DeviceSecretVerifierConfigType.builder()
        .salt(Base64.getEncoder().encodeToString(salt))
        .passwordVerifier(Base64.getEncoder().encodeToString(Srp.pad(Srp.verifier(x))))
        .build();
  }

  private static Map<String, String> attributes(DeviceType device) {
    return device.deviceAttributes().stream()
        .collect(Collectors.toMap(AttributeType::name, AttributeType::value, (a, b) -> b, HashMap::new));
  }
}
