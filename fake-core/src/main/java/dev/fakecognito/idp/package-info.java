/**
 * Fake external identity providers that tests run next to fake-cognito, so that managed login's
 * federated sign-in can be exercised end to end on loopback. Start with {@link
 * dev.fakecognito.idp.FakeOidcProvider}.
 */
@NullMarked
package dev.fakecognito.idp;

import org.jspecify.annotations.NullMarked;
