package dev.fakecognito.internal.users;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.mfa.MfaOperations;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.triggers.Trigger;
import dev.fakecognito.internal.triggers.TriggerEvents;
import dev.fakecognito.internal.tokens.AccessTokenClaims;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.Paging;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListUserAuthEventsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListUserAuthEventsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthEventType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * AdminCreateUser, AdminGetUser, AdminDeleteUser, AdminSetUserPassword, GetUser and
 * AdminListUserAuthEvents; and the entry to the rest of the user directory (self-service, admin
 * management, ListUsers, groups and RevokeToken), which the facade reaches through it.
 */
public final class UserOperations {

  private final Backend backend;

  public UserOperations(Backend backend) {
    this.backend = backend;
  }

  public AdminCreateUserResponse adminCreateUser(AdminCreateUserRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String given = SignUpOperations.require(request.username(), "username");
    MessageActionType action = request.messageAction();
    if (action == MessageActionType.UNKNOWN_TO_SDK_VERSION) {
      throw CognitoErrors.constraint("messageAction", request.messageActionAsString(),
          "Member must satisfy enum value set: [RESEND, SUPPRESS]");
    }
    String temporary = request.temporaryPassword() != null
        ? PasswordPolicies.check(pool.config(), request.temporaryPassword(), "temporaryPassword", PasswordPolicies.ADMIN)
        : PasswordPolicies.generate(pool.config());
    Instant now = backend.clock().instant();
    if (action == MessageActionType.RESEND) {
      return resendInvitation(pool, given, temporary, request.desiredDeliveryMediums(), request.clientMetadata(), now);
    }
    Map<String, String> attributes = Attributes.check(pool, request.userAttributes(), null, false);
    String sub = Ids.uuid();
    Usernames.Resolved name = Usernames.forNewUser(pool, given, sub, attributes);
    // Pre sign-up sees administrator-created users too; its auto-confirm and auto-verify answers
    // do not apply to them (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html).
    backend.triggers().invoke(pool, Trigger.PRE_SIGN_UP, "PreSignUp_AdminCreateUser", null, name.username(),
        TriggerEvents.request(
            "userAttributes", TriggerEvents.userAttributes(attributes),
            "validationData", TriggerEvents.validationData(request.validationData()),
            "clientMetadata", TriggerEvents.clientMetadata(request.clientMetadata())));

    pool.lock().lock();
    try {
      if (name.attribute() != null && pool.aliasOwner(name.attribute(), given) != null) {
        throw CognitoErrors.accountWithAttributeExists(name.attribute());
      }
      if (pool.byUsername(name.username()) != null) {
        throw CognitoErrors.userAccountAlreadyExists();
      }
      User user = new User(name.username(), sub, now, UserStatusType.FORCE_CHANGE_PASSWORD);
      attributes.forEach(user::putAttribute);
      Map<String, User> takenFrom = new LinkedHashMap<>();
      for (String attribute : new String[] {"email", "phone_number"}) {
        if (user.isVerified(attribute) && user.attribute(attribute) != null) {
          User owner = SignUpOperations.aliasToTake(pool, user, attribute,
              Boolean.TRUE.equals(request.forceAliasCreation()));
          if (owner != null) {
            takenFrom.put(attribute, owner);
          }
        }
      }
      Passwords.set(pool, user, temporary, now);
      // The invitation goes out (through the CustomMessage trigger) before anything is stored, so
      // a failing trigger leaves no user behind and every alias where it was.
      CodeDelivery.Held invitations = new CodeDelivery.Held();
      if (action != MessageActionType.SUPPRESS) {
        invite(pool, user, given, temporary, request.desiredDeliveryMediums(), request.clientMetadata(), invitations);
      }
      takenFrom.forEach((attribute, owner) -> SignUpOperations.takeAlias(pool, owner, attribute));
      pool.add(user);
      invitations.send();
      return AdminCreateUserResponse.builder().user(userType(user)).build();
    } finally {
      pool.lock().unlock();
    }
  }

  public AdminGetUserResponse adminGetUser(AdminGetUserRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String username = SignUpOperations.require(request.username(), "username");
    pool.lock().lock();
    try {
      User user = existing(pool, username);
      return AdminGetUserResponse.builder()
          .username(user.username())
          .userAttributes(user.attributeList())
          .userCreateDate(user.created())
          .userLastModifiedDate(user.lastModified())
          .enabled(user.enabled())
          .userStatus(user.status())
          .userMFASettingList(MfaOperations.userMfaSettingList(user))
          .preferredMfaSetting(user.mfa().preferred())
          .mfaOptions(MfaOperations.mfaOptions(user))
          .build();
    } finally {
      pool.lock().unlock();
    }
  }

  public AdminDeleteUserResponse adminDeleteUser(AdminDeleteUserRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String username = SignUpOperations.require(request.username(), "username");
    pool.lock().lock();
    try {
      pool.remove(existing(pool, username));
      return AdminDeleteUserResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  public AdminSetUserPasswordResponse adminSetUserPassword(AdminSetUserPasswordRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String username = SignUpOperations.require(request.username(), "username");
    String password = PasswordPolicies.check(pool.config(), request.password(), "password", PasswordPolicies.ADMIN);
    pool.lock().lock();
    try {
      User user = existing(pool, username);
      boolean permanent = Boolean.TRUE.equals(request.permanent());
      if (permanent) {
        // Password history covers the passwords users keep; a temporary one must be changed anyway.
        Passwords.requireUnused(pool, user, password);
      }
      Instant now = backend.clock().instant();
      Passwords.set(pool, user, password, now);
      user.status(permanent ? UserStatusType.CONFIRMED : UserStatusType.FORCE_CHANGE_PASSWORD);
      user.touch(now);
      return AdminSetUserPasswordResponse.builder().build();
    } finally {
      pool.lock().unlock();
    }
  }

  public GetUserResponse getUser(GetUserRequest request) {
    AccessTokenClaims token = backend.tokens().verifyAccessToken(request.accessToken());
    UserPool pool = backend.pool(token.userPoolId());
    UserPoolClientType client = pool.clients().get(token.clientId());
    pool.lock().lock();
    try {
      User user = SelfServiceOperations.signedInUser(pool, token);
      List<AttributeType> attributes = user.attributeList();
      if (client != null && !client.readAttributes().isEmpty()) {
        List<String> readable = client.readAttributes();
        attributes = attributes.stream()
            .filter(a -> a.name().equals("sub") || readable.contains(a.name())).toList();
      }
      return GetUserResponse.builder().username(user.username()).userAttributes(attributes)
          .userMFASettingList(MfaOperations.userMfaSettingList(user))
          .preferredMfaSetting(user.mfa().preferred())
          .mfaOptions(MfaOperations.mfaOptions(user))
          .build();
    } finally {
      pool.lock().unlock();
    }
  }

  public AdminListUserAuthEventsResponse adminListUserAuthEvents(AdminListUserAuthEventsRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String username = SignUpOperations.require(request.username(), "username");
    int max = request.maxResults() == null || request.maxResults() == 0 ? 60 : request.maxResults();
    if (max < 0 || max > 60) {
      throw CognitoErrors.constraint("maxResults", max, max < 0
          ? "Member must have value greater than or equal to 0"
          : "Member must have value less than or equal to 60");
    }
    List<Numbered> events = new ArrayList<>();
    pool.lock().lock();
    try {
      User user = existing(pool, username);
      if (!AuthEvents.enabled(pool)) {
        throw CognitoErrors.advancedSecurityNotEnabled();
      }
      List<AuthEventType> oldestFirst = user.authEvents();
      for (int i = 0; i < oldestFirst.size(); i++) {
        events.add(new Numbered(i, oldestFirst.get(i)));
      }
    } finally {
      pool.lock().unlock();
    }
    // Newest first. Events are only ever appended, so an event's index is a stable cursor; events
    // recorded during the walk sort before it and are not seen.
    Paging<Numbered> page = Paging.page("AdminListUserAuthEvents", events, e -> Paging.key(-e.index()),
        request.nextToken(), max);
    return AdminListUserAuthEventsResponse.builder()
        .authEvents(page.items().stream().map(Numbered::event).toList()).nextToken(page.nextToken()).build();
  }

  /** An auth event with its place in the user's history. */
  private record Numbered(long index, AuthEventType event) {}

  private static User existing(UserPool pool, String username) {
    User user = pool.find(username);
    if (user == null) {
      throw CognitoErrors.userNotFound();
    }
    return user;
  }

  private AdminCreateUserResponse resendInvitation(UserPool pool, String username, String temporary,
      List<DeliveryMediumType> mediums, @Nullable Map<String, String> clientMetadata, Instant now) {
    pool.lock().lock();
    try {
      User user = existing(pool, username);
      if (user.status() != UserStatusType.FORCE_CHANGE_PASSWORD) {
        throw CognitoErrors.unsupportedUserState("Resend not possible. " + user.username() + " status is not FORCE_CHANGE_PASSWORD");
      }
      CodeDelivery.Held invitations = new CodeDelivery.Held();
      invite(pool, user, username, temporary, mediums, clientMetadata, invitations);
      Passwords.set(pool, user, temporary, now);
      user.touch(now);
      invitations.send();
      return AdminCreateUserResponse.builder().user(userType(user)).build();
    } finally {
      pool.lock().unlock();
    }
  }

  /**
   * Writes the invitation for each requested medium (SMS when none is named, as in Cognito) whose
   * attribute the user has, into {@code held}: nothing goes out unless every message could be
   * written and the user is stored.
   */
  private void invite(UserPool pool, User user, String signInName, String temporary, List<DeliveryMediumType> mediums,
      @Nullable Map<String, String> clientMetadata, CodeDelivery.Held held) {
    List<DeliveryMediumType> chosen = mediums.isEmpty() ? List.of(DeliveryMediumType.SMS) : mediums;
    for (DeliveryMediumType medium : chosen) {
      String attribute = medium == DeliveryMediumType.EMAIL ? "email" : "phone_number";
      if (user.attribute(attribute) != null) {
        CodeDelivery.sendInvitation(backend, pool, user, attribute, signInName, temporary, clientMetadata, held);
      }
    }
  }

  /** The user as ListUsers, AdminCreateUser and ListUsersInGroup describe it; the caller holds the lock. */
  public static UserType userType(User user) {
    return UserType.builder()
        .username(user.username())
        .attributes(user.attributeList())
        .userCreateDate(user.created())
        .userLastModifiedDate(user.lastModified())
        .enabled(user.enabled())
        .userStatus(user.status())
        .build();
  }
}
