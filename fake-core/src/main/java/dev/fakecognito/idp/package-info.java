/**
 * Fake external identity providers that tests run next to fake-cognito, so that managed login's
 * federated sign-in can be exercised end to end on loopback: an OIDC provider and a SAML 2.0 IdP,
 * whose users, answers and misbehaviour the test controls. Start with {@link
 * dev.fakecognito.idp.FakeOidcProvider} or {@link dev.fakecognito.idp.FakeSamlProvider}.
 */
@NullMarked
package dev.fakecognito.idp;

import org.jspecify.annotations.NullMarked;
