package dev.fakecognito.internal.groups;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;

/**
 * One group of a user pool.
 *
 * <p>Mutable, and guarded by its pool's lock like the users that belong to it: members hold a
 * reference to the group, so a new precedence or role reaches their next tokens without copying.
 */
public final class Group {

  private final String name;
  private final Instant created;
  private final long sequence;
  private @Nullable String description;
  private @Nullable String roleArn;
  private @Nullable Integer precedence;
  private Instant lastModified;

  /**
   * A new group.
   *
   * @param name the group's name, unique in its pool (case kept, compared exactly)
   * @param created when CreateGroup ran
   * @param sequence the pool's {@link dev.fakecognito.internal.pools.UserPool#nextSequence()} at
   *     creation
   */
  public Group(String name, @Nullable String description, @Nullable String roleArn,
      @Nullable Integer precedence, Instant created, long sequence) {
    this.name = name;
    this.description = description;
    this.roleArn = roleArn;
    this.precedence = precedence;
    this.created = created;
    this.sequence = sequence;
    this.lastModified = created;
  }

  /** The group's place in the order groups were created, for listings and ties in precedence. */
  public long sequence() {
    return sequence;
  }

  /** The group's name. */
  public String name() {
    return name;
  }

  /** The IAM role members get in {@code cognito:roles}, or {@code null}. */
  public @Nullable String roleArn() {
    return roleArn;
  }

  /** Lower values win {@code cognito:preferred_role}; {@code null} when the group has none. */
  public @Nullable Integer precedence() {
    return precedence;
  }

  /** Replaces the group's settings, as UpdateGroup does. */
  public void update(@Nullable String description, @Nullable String roleArn, @Nullable Integer precedence,
      Instant now) {
    this.description = description;
    this.roleArn = roleArn;
    this.precedence = precedence;
    this.lastModified = now;
  }

  /** The group as the SDK describes it. */
  public GroupType toType(String userPoolId) {
    return GroupType.builder()
        .groupName(name)
        .userPoolId(userPoolId)
        .description(description)
        .roleArn(roleArn)
        .precedence(precedence)
        .creationDate(created)
        .lastModifiedDate(lastModified)
        .build();
  }
}
