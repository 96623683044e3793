/**
 * AssertJ assertions on a fake's recordings, trigger invocations and tokens; start with {@link
 * dev.fakecognito.assertions.FakeCognitoAssertions}.
 */
@NullMarked
package dev.fakecognito.assertions;

import org.jspecify.annotations.NullMarked;
