package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.assertInvalidPaginationToken;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.fakecognito.FakeCognito;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ReplicaRoleType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ReplicaStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateReplicaStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolReplicaType;

class ReplicasTest {

  private static final Duration CREATION = Duration.ofMinutes(5);
  private static final Duration DELETION = Duration.ofMinutes(5);

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);
  private final String arn = cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().arn();

  private UserPoolReplicaType create(String region) {
    return cognito.createUserPoolReplica(r -> r.userPoolId(poolId).regionName(region)).userPoolReplica();
  }

  private UserPoolReplicaType update(String region, UpdateReplicaStatusType status) {
    return cognito.updateUserPoolReplica(r -> r.userPoolId(poolId).regionName(region).status(status))
        .userPoolReplica();
  }

  private UserPoolReplicaType delete(String region) {
    return cognito.deleteUserPoolReplica(r -> r.userPoolId(poolId).regionName(region)).userPoolReplica();
  }

  private List<UserPoolReplicaType> list() {
    return cognito.listUserPoolReplicas(r -> r.userPoolId(poolId)).userPoolReplicas();
  }

  private ReplicaStatusType status(String region) {
    return list().stream().filter(r -> r.regionName().equals(region)).findFirst().orElseThrow().status();
  }

  /* ---- Create and list ---- */

  @Test
  void pool_without_replicas_lists_only_its_primary() {
    assertThat(list()).extracting(UserPoolReplicaType::regionName, UserPoolReplicaType::role,
        UserPoolReplicaType::status, UserPoolReplicaType::userPoolArn)
        .containsExactly(tuple("us-east-1", ReplicaRoleType.PRIMARY, ReplicaStatusType.ACTIVE, arn));
  }

  @Test
  void new_replica_is_creating_then_active_on_the_clock() {
    UserPoolReplicaType created = create("eu-west-1");

    assertThat(created.regionName()).isEqualTo("eu-west-1");
    assertThat(created.role()).isEqualTo(ReplicaRoleType.SECONDARY);
    assertThat(created.status()).isEqualTo(ReplicaStatusType.CREATING);
    assertThat(created.userPoolArn()).isEqualTo(arn.replace(":us-east-1:", ":eu-west-1:"));

    fake.clock().advance(CREATION.minusSeconds(1));
    assertThat(status("eu-west-1")).isEqualTo(ReplicaStatusType.CREATING);
    fake.clock().advance(Duration.ofSeconds(1));
    assertThat(status("eu-west-1")).isEqualTo(ReplicaStatusType.ACTIVE);
  }

  @Test
  void list_names_the_primary_first_then_replicas_by_region() {
    create("us-west-2");
    create("eu-west-1");

    assertThat(list()).extracting(UserPoolReplicaType::regionName).containsExactly("us-east-1", "eu-west-1",
        "us-west-2");
  }

  @Test
  void replica_tags_are_accepted() {
    UserPoolReplicaType created = cognito.createUserPoolReplica(r -> r.userPoolId(poolId).regionName("eu-west-1")
        .userPoolTags(Map.of("stage", "dr"))).userPoolReplica();

    assertThat(created.status()).isEqualTo(ReplicaStatusType.CREATING);
  }

  @Test
  void replica_in_the_primary_region_throws_InvalidParameterException() {
    assertCognitoError(() -> create("us-east-1"), InvalidParameterException.class,
        "Cannot create a replica in us-east-1, the Region of the primary user pool.");
    assertThat(list()).hasSize(1);
  }

  @Test
  void second_replica_in_one_region_throws_InvalidParameterException() {
    create("eu-west-1");

    assertCognitoError(() -> create("eu-west-1"), InvalidParameterException.class,
        "A replica of this user pool already exists in eu-west-1.");
  }

  @Test
  void malformed_region_throws_InvalidParameterException() {
    assertCognitoError(() -> create("europe-1x"), InvalidParameterException.class, "Invalid region name: europe-1x.");
  }

  @Test
  void too_short_region_throws_InvalidParameterException() {
    assertCognitoError(() -> create("eu-1"), InvalidParameterException.class, "1 validation error detected: "
        + "Value 'eu-1' at 'regionName' failed to satisfy constraint: "
        + "Member must have length greater than or equal to 5");
  }

  @Test
  void missing_region_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createUserPoolReplica(r -> r.userPoolId(poolId)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'regionName' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void invalid_replica_tags_throw_InvalidParameterException() {
    Map<String, String> tags = new HashMap<>();
    for (int i = 0; i < 51; i++) {
      tags.put("k" + i, "v");
    }

    assertCognitoError(() -> cognito.createUserPoolReplica(r -> r.userPoolId(poolId).regionName("eu-west-1")
        .userPoolTags(tags)), InvalidParameterException.class, "1 validation error detected: Value at "
        + "'userPoolTags' failed to satisfy constraint: Member must have length less than or equal to 50");
    assertThat(list()).hasSize(1);
  }

  @Test
  void unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.listUserPoolReplicas(r -> r.userPoolId("us-east-1_nothere")),
        ResourceNotFoundException.class, "User pool us-east-1_nothere does not exist.");
    assertCognitoError(() -> cognito.createUserPoolReplica(r -> r.userPoolId("us-east-1_nothere")
        .regionName("eu-west-1")), ResourceNotFoundException.class, "User pool us-east-1_nothere does not exist.");
  }

  @Test
  void list_with_a_token_it_did_not_issue_throws_InvalidParameterException() {
    assertInvalidPaginationToken(() -> cognito.listUserPoolReplicas(r -> r.userPoolId(poolId).nextToken("bogus")),
        "bogus");
  }

  /* ---- Update ---- */

  @Test
  void active_replica_can_be_deactivated_and_activated_again() {
    create("eu-west-1");
    fake.clock().advance(CREATION);

    assertThat(update("eu-west-1", UpdateReplicaStatusType.INACTIVE).status()).isEqualTo(ReplicaStatusType.INACTIVE);
    assertThat(status("eu-west-1")).isEqualTo(ReplicaStatusType.INACTIVE);

    assertThat(update("eu-west-1", UpdateReplicaStatusType.ACTIVE).status()).isEqualTo(ReplicaStatusType.ACTIVE);
  }

  @Test
  void update_while_creating_throws_InvalidParameterException() {
    create("eu-west-1");

    assertCognitoError(() -> update("eu-west-1", UpdateReplicaStatusType.INACTIVE), InvalidParameterException.class,
        "The replica in eu-west-1 is CREATING and cannot be changed now.");
    fake.clock().advance(CREATION);
    assertThat(status("eu-west-1")).isEqualTo(ReplicaStatusType.ACTIVE);
  }

  @Test
  void update_of_a_region_without_replica_throws_ResourceNotFoundException() {
    assertCognitoError(() -> update("eu-west-1", UpdateReplicaStatusType.ACTIVE), ResourceNotFoundException.class,
        "No replica of this user pool exists in eu-west-1.");
  }

  @Test
  void update_with_an_unknown_status_throws_InvalidParameterException() {
    create("eu-west-1");

    assertCognitoError(() -> cognito.updateUserPoolReplica(r -> r.userPoolId(poolId).regionName("eu-west-1")
        .status("DELETING")), InvalidParameterException.class, "1 validation error detected: Value 'DELETING' at "
        + "'status' failed to satisfy constraint: Member must satisfy enum value set: [ACTIVE, INACTIVE]");
  }

  @Test
  void update_without_status_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.updateUserPoolReplica(r -> r.userPoolId(poolId).regionName("eu-west-1")),
        InvalidParameterException.class,
        "1 validation error detected: Value null at 'status' failed to satisfy constraint: Member must not be null");
  }

  /* ---- Delete ---- */

  @Test
  void deleted_replica_is_deleting_then_gone() {
    create("eu-west-1");
    fake.clock().advance(CREATION);

    assertThat(delete("eu-west-1").status()).isEqualTo(ReplicaStatusType.DELETING);
    assertThat(status("eu-west-1")).isEqualTo(ReplicaStatusType.DELETING);

    fake.clock().advance(DELETION);
    assertThat(list()).extracting(UserPoolReplicaType::regionName).containsExactly("us-east-1");
  }

  @Test
  void region_can_have_a_replica_again_once_deletion_finished() {
    create("eu-west-1");
    delete("eu-west-1");
    assertCognitoError(() -> create("eu-west-1"), InvalidParameterException.class,
        "A replica of this user pool already exists in eu-west-1.");

    fake.clock().advance(DELETION);

    assertThat(create("eu-west-1").status()).isEqualTo(ReplicaStatusType.CREATING);
  }

  @Test
  void delete_while_deleting_throws_InvalidParameterException() {
    create("eu-west-1");
    delete("eu-west-1");

    assertCognitoError(() -> delete("eu-west-1"), InvalidParameterException.class,
        "The replica in eu-west-1 is DELETING and cannot be changed now.");
  }

  @Test
  void delete_of_a_region_without_replica_throws_ResourceNotFoundException() {
    assertCognitoError(() -> delete("ap-south-1"), ResourceNotFoundException.class,
        "No replica of this user pool exists in ap-south-1.");
  }

  @Test
  void deleting_the_pool_deletes_its_replicas() {
    create("eu-west-1");

    cognito.deleteUserPool(r -> r.userPoolId(poolId));

    assertCognitoError(() -> list(), ResourceNotFoundException.class, "User pool " + poolId + " does not exist.");
  }
}
