package dev.fakecognito.internal.auth;

import dev.fakecognito.internal.tokens.ClaimsOverride;
import dev.fakecognito.internal.tokens.TokenService;
import dev.fakecognito.internal.users.User;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NewDeviceMetadataType;

/**
 * A sign-in that needs no further answer and is already recorded, waiting only for its tokens to
 * be signed: every trigger that could refuse it, Pre token generation included, has run.
 */
record Completion(
    User.Snapshot user,
    TokenService.Session session,
    @Nullable NewDeviceMetadataType newDevice,
    ClaimsOverride changes) {}
