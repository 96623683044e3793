/** One-time passwords for testing software token MFA; see {@link dev.fakecognito.totp.Totp}. */
@NullMarked
package dev.fakecognito.totp;

import org.jspecify.annotations.NullMarked;
