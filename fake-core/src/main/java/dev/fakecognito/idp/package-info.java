/**
 * External identity providers for tests: a SAML 2.0 IdP on a loopback port that a pool can federate
 * with, whose users, answers and misbehaviour the test controls. Start with
 * {@link dev.fakecognito.idp.FakeSamlProvider}.
 */
@NullMarked
package dev.fakecognito.idp;

import org.jspecify.annotations.NullMarked;
