package dev.fakecognito.internal.auth;

import org.jspecify.annotations.Nullable;

/** Either the next challenge or a completed sign-in. */
record Next(@Nullable Outcome challenge, @Nullable Completion completion) {}
