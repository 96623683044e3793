/**
 * Lambda triggers as in-process handlers: what the fake passes to them and records of their
 * invocations. {@link dev.fakecognito.FakeCognito#attachTrigger} registers a {@link
 * dev.fakecognito.triggers.TriggerFunction} and configures a pool with it in one step; {@link
 * dev.fakecognito.FakeCognito#registerLambda} binds a handler to an ARN of the test's choosing.
 *
 * <p>The custom email and SMS senders differ from Cognito in one point: Cognito encrypts the code
 * in their events with the pool's KMS key, the fake only Base64-encodes it; see {@link
 * dev.fakecognito.triggers.CustomSenderCodes}. A pool with a sender puts nothing in the outbox for
 * that medium, so tests read such codes from the sender's events.
 */
@NullMarked
package dev.fakecognito.triggers;

import org.jspecify.annotations.NullMarked;
