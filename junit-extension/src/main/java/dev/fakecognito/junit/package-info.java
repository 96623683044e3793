/**
 * JUnit Jupiter support for fake-cognito: {@link dev.fakecognito.junit.FakeCognitoTest} and {@link
 * dev.fakecognito.junit.FakeCognitoExtension} give each test a fresh {@link
 * dev.fakecognito.FakeCognito} and inject it, or its SDK clients, into parameters and fields; {@link
 * dev.fakecognito.junit.FakeCognitoEndpoint} injects the URI of the same fake served over HTTP.
 */
@NullMarked
package dev.fakecognito.junit;

import org.jspecify.annotations.NullMarked;
