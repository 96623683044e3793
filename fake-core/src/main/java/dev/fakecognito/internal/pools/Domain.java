package dev.fakecognito.internal.pools;

import org.jspecify.annotations.Nullable;

/**
 * A domain of a user pool's managed login: a prefix domain ({@code <prefix>.auth.<region>.amazoncognito.com})
 * when {@code certificateArn} is null, otherwise a custom domain served from a CloudFront distribution.
 *
 * @param name the prefix, or the custom domain's full name
 * @param certificateArn the ACM certificate of a custom domain, or null for a prefix domain
 * @param securityPolicy the TLS policy a custom domain asked for, or null
 * @param managedLoginVersion 1 for the classic hosted UI, 2 for managed login
 * @param cloudFrontDistribution the distribution that serves the domain
 * @param s3Bucket the bucket Cognito reports for the domain's assets
 * @param version the domain's version string, which changes on every update
 */
public record Domain(
    String name,
    @Nullable String certificateArn,
    @Nullable String securityPolicy,
    int managedLoginVersion,
    String cloudFrontDistribution,
    String s3Bucket,
    String version) {

  public boolean custom() {
    return certificateArn != null;
  }
}
