/**
 * The client side of passkeys (WebAuthn) for tests: a software authenticator that registers
 * credentials with StartWebAuthnRegistration's options and answers WEB_AUTHN challenges, against
 * the fake or the real service. Start with {@link dev.fakecognito.webauthn.SoftwareAuthenticator}.
 */
@NullMarked
package dev.fakecognito.webauthn;

import org.jspecify.annotations.NullMarked;
