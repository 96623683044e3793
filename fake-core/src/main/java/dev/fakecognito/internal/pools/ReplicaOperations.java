package dev.fakecognito.internal.pools;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.util.Paging;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolReplicaRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolReplicaResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolReplicaRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolReplicaResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolReplicasRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolReplicasResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolReplicaRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolReplicaResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolReplicaType;

/**
 * CreateUserPoolReplica, UpdateUserPoolReplica, DeleteUserPoolReplica and ListUserPoolReplicas.
 *
 * <p>A replica is bookkeeping only: the fake serves every pool from its own Region and has no
 * second Region to serve a replica from. Statuses move on the fake's clock ({@link Replica}).
 * ListUserPoolReplicas names the primary first, then the replicas by Region.
 */
public final class ReplicaOperations {

  private static final Pattern REGION = Pattern.compile("(?:eusc-[a-z]{2}|[a-z]{2})-(gov-)?[a-z]+-\\d");
  /** Replicas per page of ListUserPoolReplicas; assumed, the request has no MaxResults. */
  private static final int PAGE = 60;

  private final Backend backend;

  public ReplicaOperations(Backend backend) {
    this.backend = backend;
  }

  public CreateUserPoolReplicaResponse createUserPoolReplica(CreateUserPoolReplicaRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String region = region(request.regionName());
    Map<String, String> tags = request.hasUserPoolTags() ? request.userPoolTags() : Map.of();
    TagOperations.check(tags, "userPoolTags");
    if (region.equals(backend.region())) {
      throw CognitoErrors.replicaInPrimaryRegion(region);
    }
    Instant now = backend.clock().instant();
    pool.lock().lock();
    try {
      Replica existing = pool.replicas().get(region);
      if (existing != null && existing.status(now) != null) {
        throw CognitoErrors.replicaExists(region);
      }
      Replica replica = new Replica(region, now, true, null, Map.copyOf(tags));
      pool.replicas().put(region, replica);
      return CreateUserPoolReplicaResponse.builder().userPoolReplica(describe(pool, replica, now)).build();
    } finally {
      pool.lock().unlock();
    }
  }

  public UpdateUserPoolReplicaResponse updateUserPoolReplica(UpdateUserPoolReplicaRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String region = region(request.regionName());
    String status = request.statusAsString();
    if (status == null) {
      throw CognitoErrors.notNull("status");
    }
    if (!status.equals(Replica.ACTIVE) && !status.equals(Replica.INACTIVE)) {
      throw CognitoErrors.constraint("status", status, "Member must satisfy enum value set: [ACTIVE, INACTIVE]");
    }
    Instant now = backend.clock().instant();
    pool.lock().lock();
    try {
      Replica replica = existing(pool, region, now);
      String current = replica.status(now);
      if (!Replica.ACTIVE.equals(current) && !Replica.INACTIVE.equals(current)) {
        throw CognitoErrors.replicaBusy(region, String.valueOf(current));
      }
      Replica updated = new Replica(region, replica.created(), status.equals(Replica.ACTIVE), null, replica.tags());
      pool.replicas().put(region, updated);
      return UpdateUserPoolReplicaResponse.builder().userPoolReplica(describe(pool, updated, now)).build();
    } finally {
      pool.lock().unlock();
    }
  }

  public DeleteUserPoolReplicaResponse deleteUserPoolReplica(DeleteUserPoolReplicaRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String region = region(request.regionName());
    Instant now = backend.clock().instant();
    pool.lock().lock();
    try {
      Replica replica = existing(pool, region, now);
      if (Replica.DELETING.equals(replica.status(now))) {
        throw CognitoErrors.replicaBusy(region, Replica.DELETING);
      }
      Replica deleting = new Replica(region, replica.created(), replica.active(), now, replica.tags());
      pool.replicas().put(region, deleting);
      return DeleteUserPoolReplicaResponse.builder().userPoolReplica(describe(pool, deleting, now)).build();
    } finally {
      pool.lock().unlock();
    }
  }

  public ListUserPoolReplicasResponse listUserPoolReplicas(ListUserPoolReplicasRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    Instant now = backend.clock().instant();
    List<UserPoolReplicaType> all = new ArrayList<>();
    all.add(UserPoolReplicaType.builder().regionName(backend.region()).status(Replica.ACTIVE).role("PRIMARY")
        .userPoolArn(pool.config().arn()).build());
    pool.lock().lock();
    try {
      pool.replicas().values().stream()
          .filter(r -> r.status(now) != null)
          .sorted(java.util.Comparator.comparing(Replica::region))
          .forEach(r -> all.add(describe(pool, r, now)));
    } finally {
      pool.lock().unlock();
    }
    // The primary sorts before every replica: its key starts with a character no Region name has.
    Paging<UserPoolReplicaType> page = Paging.page("ListUserPoolReplicas", all,
        r -> r.roleAsString().equals("PRIMARY") ? "!" : r.regionName(), request.nextToken(), PAGE);
    return ListUserPoolReplicasResponse.builder().userPoolReplicas(page.items()).nextToken(page.nextToken()).build();
  }

  private static Replica existing(UserPool pool, String region, Instant now) {
    Replica replica = pool.replicas().get(region);
    if (replica == null || replica.status(now) == null) {
      throw CognitoErrors.replicaNotFound(region);
    }
    return replica;
  }

  private static String region(@Nullable String region) {
    if (region == null) {
      throw CognitoErrors.notNull("regionName");
    }
    if (region.length() < 5 || region.length() > 32) {
      throw CognitoErrors.constraint("regionName", region, region.length() < 5
          ? "Member must have length greater than or equal to 5"
          : "Member must have length less than or equal to 32");
    }
    if (!REGION.matcher(region).matches()) {
      throw CognitoErrors.invalidRegion(region);
    }
    return region;
  }

  private static UserPoolReplicaType describe(UserPool pool, Replica replica, Instant now) {
    String arn = pool.config().arn().replaceFirst("^arn:aws:cognito-idp:[^:]+:", "arn:aws:cognito-idp:"
        + replica.region() + ":");
    return UserPoolReplicaType.builder().regionName(replica.region()).status(replica.status(now)).role("SECONDARY")
        .userPoolArn(arn).build();
  }
}
