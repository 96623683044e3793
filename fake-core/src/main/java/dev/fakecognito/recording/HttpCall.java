package dev.fakecognito.recording;

import org.jspecify.annotations.Nullable;

/**
 * One API call that reached {@link dev.fakecognito.FakeCognito#endpoint()}, whatever its outcome.
 * The fake does not check signatures; this says how the call was sent, so a test can assert that
 * its code signs the admin operations and leaves the public ones unsigned, as Cognito expects.
 *
 * @param operation the operation the {@code X-Amz-Target} header named, for example {@code
 *     "AdminCreateUser"}
 * @param signed whether the request carried an AWS Signature Version 4 {@code Authorization} header
 * @param accessKeyId the access key ID of that signature, or {@code null} if unsigned
 * @param status the HTTP status of the answer
 */
public record HttpCall(String operation, boolean signed, @Nullable String accessKeyId, int status) {}
