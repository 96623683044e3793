package dev.fakecognito.contract;

import static dev.fakecognito.testing.Transport.clientFor;
import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.assertInvalidPaginationToken;
import static dev.fakecognito.testing.Fixtures.attribute;
import static dev.fakecognito.testing.Fixtures.confirmedUser;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

class ListUsersTest {

  private static final String PARSE_ERROR = "Error while parsing filter.";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);

  /* ---- Listing and paging ---- */

  @Test
  void lists_every_user_oldest_first() {
    confirmedUser(cognito, poolId, "zoe");
    fake.clock().advance(Duration.ofSeconds(1));
    confirmedUser(cognito, poolId, "adam");

    ListUsersResponse response = cognito.listUsers(r -> r.userPoolId(poolId));

    assertThat(usernames(response.users())).containsExactly("zoe", "adam");
    assertThat(response.paginationToken()).isNull();
  }

  @Test
  void users_created_at_the_same_instant_come_by_username() {
    confirmedUser(cognito, poolId, "carol");
    confirmedUser(cognito, poolId, "alice");
    confirmedUser(cognito, poolId, "bob");

    assertThat(usernames(cognito.listUsers(r -> r.userPoolId(poolId)).users())).containsExactly("alice", "bob", "carol");
  }

  @Test
  void users_carry_their_status_dates_and_attributes() {
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));

    UserType user = cognito.listUsers(r -> r.userPoolId(poolId)).users().get(0);

    assertThat(user.userStatusAsString()).isEqualTo("CONFIRMED");
    assertThat(user.enabled()).isTrue();
    assertThat(user.userCreateDate()).isEqualTo(fake.clock().instant());
    assertThat(user.attributes()).extracting(AttributeType::name).contains("sub", "email");
  }

  @Test
  void limit_cuts_the_list_into_pages() {
    for (String name : List.of("a", "b", "c")) {
      confirmedUser(cognito, poolId, name);
    }

    ListUsersResponse first = cognito.listUsers(r -> r.userPoolId(poolId).limit(2));
    ListUsersResponse second = cognito.listUsers(r -> r.userPoolId(poolId).limit(2)
        .paginationToken(first.paginationToken()));

    assertThat(usernames(first.users())).containsExactly("a", "b");
    assertThat(usernames(second.users())).containsExactly("c");
    assertThat(second.paginationToken()).isNull();
  }

  @Test
  void paginator_sees_every_user_once_in_pages_of_60() {
    for (int i = 0; i < 130; i++) {
      String username = "user-" + i;
      cognito.adminCreateUser(r -> r.userPoolId(poolId).username(username).messageAction("SUPPRESS"));
    }

    List<UserType> users = cognito.listUsersPaginator(r -> r.userPoolId(poolId)).users().stream().toList();

    assertThat(users).hasSize(130);
    assertThat(usernames(users)).doesNotHaveDuplicates();
    assertThat(cognito.listUsers(r -> r.userPoolId(poolId)).users()).hasSize(60);
  }

  @Test
  void limit_over_60_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.listUsers(r -> r.userPoolId(poolId).limit(61)), InvalidParameterException.class,
        "1 validation error detected: Value '61' at 'limit' failed to satisfy constraint: "
            + "Member must have value less than or equal to 60");
  }

  @Test
  void negative_limit_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.listUsers(r -> r.userPoolId(poolId).limit(-1)), InvalidParameterException.class,
        "1 validation error detected: Value '-1' at 'limit' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 0");
  }

  @Test
  void foreign_pagination_token_throws_InvalidParameterException() {
    assertInvalidPaginationToken(() -> cognito.listUsers(r -> r.userPoolId(poolId).paginationToken("bogus")),
        "bogus");
  }

  @Test
  void unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.listUsers(r -> r.userPoolId("us-east-1_nothere")),
        ResourceNotFoundException.class, "User pool us-east-1_nothere does not exist.");
  }

  /* ---- AttributesToGet ---- */

  @Test
  void attributes_to_get_keeps_only_those_attributes() {
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"), attribute("name", "Alice"));

    UserType user = cognito.listUsers(r -> r.userPoolId(poolId).attributesToGet("email")).users().get(0);

    assertThat(user.attributes()).extracting(AttributeType::name).containsExactly("email");
  }

  @Test
  void empty_attributes_to_get_returns_no_attributes() {
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));

    UserType user = cognito.listUsers(r -> r.userPoolId(poolId).attributesToGet(List.of())).users().get(0);

    assertThat(user.attributes()).isEmpty();
    assertThat(user.username()).isEqualTo("alice");
  }

  /* ---- Filter ---- */

  @Test
  void exact_filter_matches_the_whole_value() {
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));
    confirmedUser(cognito, poolId, "bob", attribute("email", "alice@example.com.au"));

    assertThat(filtered("email = \"alice@example.com\"")).containsExactly("alice");
  }

  @Test
  void prefix_filter_matches_the_start_of_the_value() {
    confirmedUser(cognito, poolId, "alice", attribute("given_name", "Jonathan"));
    confirmedUser(cognito, poolId, "bob", attribute("given_name", "Jon"));
    confirmedUser(cognito, poolId, "carol", attribute("given_name", "Ajon"));

    assertThat(filtered("given_name ^= \"Jon\"")).containsExactly("alice", "bob");
  }

  @Test
  void filter_needs_no_spaces_around_the_operator() {
    confirmedUser(cognito, poolId, "alice", attribute("family_name", "Reddy"));

    assertThat(filtered("family_name=\"Reddy\"")).containsExactly("alice");
  }

  @Test
  void filter_on_username() {
    confirmedUser(cognito, poolId, "alice");
    confirmedUser(cognito, poolId, "alicia");

    assertThat(filtered("username = \"alice\"")).containsExactly("alice");
  }

  @Test
  void filter_on_sub() {
    confirmedUser(cognito, poolId, "alice");
    confirmedUser(cognito, poolId, "bob");
    String sub = cognito.adminGetUser(r -> r.userPoolId(poolId).username("bob")).userAttributes().stream()
        .filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();

    assertThat(filtered("sub = \"" + sub + "\"")).containsExactly("bob");
  }

  @Test
  void filter_on_phone_number_prefix() {
    confirmedUser(cognito, poolId, "alice", attribute("phone_number", "+4477001234"));
    confirmedUser(cognito, poolId, "bob", attribute("phone_number", "+15555550100"));

    assertThat(filtered("phone_number ^= \"+44\"")).containsExactly("alice");
  }

  @Test
  void filter_on_user_status_ignores_case() {
    confirmedUser(cognito, poolId, "alice");
    cognito.adminCreateUser(r -> r.userPoolId(poolId).username("bob").messageAction("SUPPRESS"));

    assertThat(filtered("cognito:user_status = \"force_change_password\"")).containsExactly("bob");
  }

  @Test
  void filter_on_status_finds_disabled_users() {
    confirmedUser(cognito, poolId, "alice");
    confirmedUser(cognito, poolId, "bob");
    cognito.adminDisableUser(r -> r.userPoolId(poolId).username("bob"));

    assertThat(filtered("status = \"Disabled\"")).containsExactly("bob");
    assertThat(filtered("status = \"Enabled\"")).containsExactly("alice");
  }

  @Test
  void escaped_quote_belongs_to_the_value() {
    confirmedUser(cognito, poolId, "alice", attribute("name", "The \"Ace\""));

    assertThat(filtered("name = \"The \\\"Ace\\\"\"")).containsExactly("alice");
  }

  @Test
  void empty_filter_lists_every_user() {
    confirmedUser(cognito, poolId, "alice");

    assertThat(filtered("")).containsExactly("alice");
  }

  @Test
  void filter_without_match_returns_no_users() {
    confirmedUser(cognito, poolId, "alice", attribute("email", "alice@example.com"));

    ListUsersResponse response = cognito.listUsers(r -> r.userPoolId(poolId).filter("email = \"bob@example.com\""));

    assertThat(response.users()).isEmpty();
    assertThat(response.paginationToken()).isNull();
  }

  @Test
  void filter_without_quotes_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.listUsers(r -> r.userPoolId(poolId).filter("foo")),
        InvalidParameterException.class, PARSE_ERROR);
  }

  @Test
  void filter_on_a_custom_attribute_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.listUsers(r -> r.userPoolId(poolId).filter("custom:plan = \"pro\"")),
        InvalidParameterException.class, PARSE_ERROR);
  }

  @Test
  void filter_with_an_unknown_operator_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.listUsers(r -> r.userPoolId(poolId).filter("email != \"a@example.com\"")),
        InvalidParameterException.class, PARSE_ERROR);
  }

  @Test
  void filter_with_text_after_the_value_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.listUsers(r -> r.userPoolId(poolId)
            .filter("email = \"a@example.com\" and name = \"x\"")),
        InvalidParameterException.class, PARSE_ERROR);
  }

  @Test
  void filter_over_256_characters_throws_InvalidParameterException() {
    String filter = "email = \"" + "a".repeat(250) + "\"";

    assertCognitoError(() -> cognito.listUsers(r -> r.userPoolId(poolId).filter(filter)),
        InvalidParameterException.class, "1 validation error detected: Value '" + filter
            + "' at 'filter' failed to satisfy constraint: Member must have length less than or equal to 256");
  }

  /* ---- Helpers ---- */

  private List<String> filtered(String filter) {
    return usernames(cognito.listUsers(r -> r.userPoolId(poolId).filter(filter)).users());
  }

  private static List<String> usernames(List<UserType> users) {
    return users.stream().map(UserType::username).toList();
  }
}
