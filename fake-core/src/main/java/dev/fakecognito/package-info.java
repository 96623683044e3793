/**
 * fake-cognito: an in-memory Amazon Cognito user pools service for tests. Start with {@link
 * dev.fakecognito.FakeCognito}.
 */
@NullMarked
package dev.fakecognito;

import org.jspecify.annotations.NullMarked;
