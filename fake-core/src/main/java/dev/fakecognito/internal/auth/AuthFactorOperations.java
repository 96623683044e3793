package dev.fakecognito.internal.auth;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.mfa.MfaOperations;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.tokens.AccessTokenClaims;
import dev.fakecognito.internal.users.SelfServiceOperations;
import dev.fakecognito.internal.users.User;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserAuthFactorsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserAuthFactorsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAuthFactorsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAuthFactorsResponse;

/** GetUserAuthFactors and AdminGetUserAuthFactors: what a user can sign in and verify with. */
public final class AuthFactorOperations {

  private final Backend backend;

  public AuthFactorOperations(Backend backend) {
    this.backend = backend;
  }

  public GetUserAuthFactorsResponse getUserAuthFactors(GetUserAuthFactorsRequest request) {
    AccessTokenClaims token = backend.tokens().verifyAccessToken(request.accessToken());
    UserPool pool = backend.pool(token.userPoolId());
    pool.lock().lock();
    try {
      User user = SelfServiceOperations.signedInUser(pool, token);
      return GetUserAuthFactorsResponse.builder()
          .username(user.username())
          .preferredMfaSetting(user.mfa().preferred())
          .userMFASettingList(MfaOperations.userMfaSettingList(user))
          .configuredUserAuthFactors(FirstFactors.configured(pool, user))
          .build();
    } finally {
      pool.lock().unlock();
    }
  }

  public AdminGetUserAuthFactorsResponse adminGetUserAuthFactors(AdminGetUserAuthFactorsRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    if (request.username() == null) {
      throw CognitoErrors.notNull("username");
    }
    pool.lock().lock();
    try {
      User user = pool.find(request.username());
      if (user == null) {
        throw CognitoErrors.userNotFound();
      }
      return AdminGetUserAuthFactorsResponse.builder()
          .username(user.username())
          .preferredMfaSetting(user.mfa().preferred())
          .userMFASettingList(MfaOperations.userMfaSettingList(user))
          .configuredUserAuthFactors(FirstFactors.configured(pool, user))
          .build();
    } finally {
      pool.lock().unlock();
    }
  }
}
