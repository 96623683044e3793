/**
 * The client side of Cognito's Secure Remote Password sign-in (USER_SRP_AUTH) and of device
 * authentication, for tests and tools that talk to a {@code CognitoIdentityProviderClient}: the
 * fake or the real service. Start with {@link dev.fakecognito.srp.CognitoSrp}.
 */
@NullMarked
package dev.fakecognito.srp;

import org.jspecify.annotations.NullMarked;
