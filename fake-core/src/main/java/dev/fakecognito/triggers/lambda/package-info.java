/**
 * Runs Lambda handler classes written against {@code aws-lambda-java-events} as in-process
 * triggers, so that production trigger code plugs into the fake unchanged.
 *
 * <p>This package needs {@code com.amazonaws:aws-lambda-java-events} and {@code
 * com.amazonaws:aws-lambda-java-core} on the class path; the fake declares them as optional
 * dependencies, and the rest of the fake never loads this package. See {@link
 * dev.fakecognito.triggers.lambda.LambdaHandlers}.
 */
@NullMarked
package dev.fakecognito.triggers.lambda;

import org.jspecify.annotations.NullMarked;
