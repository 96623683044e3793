package dev.fakecognito.internal.auth;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.mfa.MfaOperations;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.users.User;
import dev.fakecognito.internal.users.UserAccess;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserAuthFactorsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserAuthFactorsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFactorType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAuthFactorsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAuthFactorsResponse;

/** GetUserAuthFactors and AdminGetUserAuthFactors: what a user can sign in and verify with. */
public final class AuthFactorOperations {

  private final Backend backend;

  public AuthFactorOperations(Backend backend) {
    this.backend = backend;
  }

  public GetUserAuthFactorsResponse getUserAuthFactors(GetUserAuthFactorsRequest request) {
    Factors factors = UserAccess.withSignedInUser(backend, request.accessToken(), AuthFactorOperations::factors);
    return GetUserAuthFactorsResponse.builder().username(factors.username())
        .preferredMfaSetting(factors.preferred()).userMFASettingList(factors.mfa())
        .configuredUserAuthFactors(factors.configured()).build();
  }

  public AdminGetUserAuthFactorsResponse adminGetUserAuthFactors(AdminGetUserAuthFactorsRequest request) {
    Factors factors = UserAccess.withNamedUser(backend, request.userPoolId(), request.username(),
        AuthFactorOperations::factors);
    return AdminGetUserAuthFactorsResponse.builder().username(factors.username())
        .preferredMfaSetting(factors.preferred()).userMFASettingList(factors.mfa())
        .configuredUserAuthFactors(factors.configured()).build();
  }

  private record Factors(String username, @Nullable String preferred, @Nullable List<String> mfa,
      List<AuthFactorType> configured) {}

  private static Factors factors(UserPool pool, User user) {
    return new Factors(user.username(), user.mfa().preferred(), MfaOperations.userMfaSettingList(user),
        FirstFactors.configured(pool, user));
  }
}
