/**
 * Lambda triggers as in-process handlers: what the fake passes to them and records of their
 * invocations. Handlers are registered with {@link dev.fakecognito.FakeCognito#registerLambda}.
 */
@NullMarked
package dev.fakecognito.triggers;

import org.jspecify.annotations.NullMarked;
