package dev.fakecognito.internal.auth;

import dev.fakecognito.internal.tokens.TokenService;
import dev.fakecognito.internal.users.User;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NewDeviceMetadataType;

/** A sign-in that needs no further answer, waiting for its tokens to be signed. */
record Completion(
    User.Snapshot user,
    TokenService.Session session,
    @Nullable NewDeviceMetadataType newDevice,
    String tokenSource,
    Map<String, String> clientMetadata) {}
