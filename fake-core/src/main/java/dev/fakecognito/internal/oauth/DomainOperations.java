package dev.fakecognito.internal.oauth;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.Domain;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.triggers.FunctionArns;
import dev.fakecognito.internal.util.ModelSupport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CustomDomainConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DomainDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DomainStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainResponse;

/**
 * CreateUserPoolDomain, DescribeUserPoolDomain, UpdateUserPoolDomain and DeleteUserPoolDomain.
 *
 * <p>A pool has at most one prefix domain and one custom domain
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-assign-domain.html),
 * and every name is unique across the fake, as prefixes are across a region. A request with
 * CustomDomainConfig makes a custom domain, which needs an ACM certificate in us-east-1 and is
 * served by a CloudFront distribution; without it the name is a prefix. Domains are ACTIVE at once.
 * The fake serves no page on these names: its OAuth endpoints sit at the root of its loopback
 * endpoint and find the pool from the client ID.
 */
public final class DomainOperations {

  /** The rule Cognito quotes for prefixes; each label of a custom domain follows it too. */
  private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
  private static final List<String> RESERVED = List.of("aws", "amazon", "cognito");
  private static final Pattern CERTIFICATE_ARN = Pattern.compile(
      "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?");
  private static final Pattern ACM_ARN =
      Pattern.compile("arn:aws[\\w-]*:acm:us-east-1:\\d{12}:certificate/[\\w-]+");
  private static final DateTimeFormatter VERSION =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private final Backend backend;

  public DomainOperations(Backend backend) {
    this.backend = backend;
  }

  public CreateUserPoolDomainResponse createUserPoolDomain(CreateUserPoolDomainRequest request) {
    String name = checkName(request.domain());
    UserPool pool = backend.pool(request.userPoolId());
    CustomDomainConfigType custom = request.customDomainConfig();
    int managedLoginVersion = managedLoginVersion(
        ModelSupport.MANAGED_LOGIN_VERSION ? request.managedLoginVersion() : null, 1);
    Domain domain = custom == null ? prefix(name, managedLoginVersion) : custom(name, custom, managedLoginVersion);
    pool.lock().lock();
    try {
      if ((domain.custom() ? pool.customDomain() : pool.prefixDomain()) != null) {
        throw CognitoErrors.poolHasDomain();
      }
      if (!backend.claimDomain(name, pool.id())) {
        throw CognitoErrors.domainTaken();
      }
      if (domain.custom()) {
        pool.customDomain(domain);
      } else {
        pool.prefixDomain(domain);
      }
    } finally {
      pool.lock().unlock();
    }
    CreateUserPoolDomainResponse.Builder response = CreateUserPoolDomainResponse.builder()
        .cloudFrontDomain(domain.custom() ? domain.cloudFrontDistribution() : null);
    if (ModelSupport.MANAGED_LOGIN_VERSION) {
      response.managedLoginVersion(domain.managedLoginVersion());
    }
    return response.build();
  }

  /** An unknown name gives an empty description, not an error, as Cognito answers. */
  public DescribeUserPoolDomainResponse describeUserPoolDomain(DescribeUserPoolDomainRequest request) {
    String name = request.domain();
    if (name == null) {
      throw CognitoErrors.notNull("domain");
    }
    String poolId = backend.poolOfDomain(name);
    UserPool pool = poolId == null ? null : backend.findPool(poolId);
    Domain domain = pool == null ? null : domainNamed(pool, name);
    if (domain == null) {
      return DescribeUserPoolDomainResponse.builder()
          .domainDescription(DomainDescriptionType.builder().build()).build();
    }
    DomainDescriptionType.Builder description = DomainDescriptionType.builder()
        .userPoolId(pool.id())
        .awsAccountId(FunctionArns.ACCOUNT_ID)
        .domain(domain.name())
        .s3Bucket(domain.s3Bucket())
        .cloudFrontDistribution(domain.cloudFrontDistribution())
        .version(domain.version())
        .status(DomainStatusType.ACTIVE);
    if (domain.custom()) {
      CustomDomainConfigType.Builder config = CustomDomainConfigType.builder().certificateArn(domain.certificateArn());
      if (ModelSupport.DOMAIN_SECURITY_POLICY && domain.securityPolicy() != null) {
        config.securityPolicy(domain.securityPolicy());
      }
      description.customDomainConfig(config.build());
    }
    if (ModelSupport.MANAGED_LOGIN_VERSION) {
      description.managedLoginVersion(domain.managedLoginVersion());
    }
    return DescribeUserPoolDomainResponse.builder().domainDescription(description.build()).build();
  }

  /** Changes a custom domain's certificate, or either kind's managed login version. */
  public UpdateUserPoolDomainResponse updateUserPoolDomain(UpdateUserPoolDomainRequest request) {
    String name = checkName(request.domain());
    UserPool pool = backend.pool(request.userPoolId());
    CustomDomainConfigType custom = request.customDomainConfig();
    Integer givenVersion = ModelSupport.MANAGED_LOGIN_VERSION ? request.managedLoginVersion() : null;
    Domain updated;
    pool.lock().lock();
    try {
      Domain current = domainNamed(pool, name);
      if (current == null) {
        throw CognitoErrors.noSuchDomain();
      }
      int version = managedLoginVersion(givenVersion, current.managedLoginVersion());
      if (current.custom()) {
        updated = custom(name, custom != null ? custom : CustomDomainConfigType.builder()
            .certificateArn(current.certificateArn()).build(), version);
        pool.customDomain(updated);
      } else {
        if (custom != null) {
          // The wording is assumed.
          throw CognitoErrors.invalidParameter("CustomDomainConfig can only be changed for a custom domain.");
        }
        updated = prefix(name, version);
        pool.prefixDomain(updated);
      }
    } finally {
      pool.lock().unlock();
    }
    UpdateUserPoolDomainResponse.Builder response = UpdateUserPoolDomainResponse.builder()
        .cloudFrontDomain(updated.custom() ? updated.cloudFrontDistribution() : null);
    if (ModelSupport.MANAGED_LOGIN_VERSION) {
      response.managedLoginVersion(updated.managedLoginVersion());
    }
    return response.build();
  }

  public DeleteUserPoolDomainResponse deleteUserPoolDomain(DeleteUserPoolDomainRequest request) {
    String name = checkName(request.domain());
    UserPool pool = backend.pool(request.userPoolId());
    pool.lock().lock();
    try {
      Domain current = domainNamed(pool, name);
      if (current == null) {
        throw CognitoErrors.noSuchDomain();
      }
      if (current.custom()) {
        pool.customDomain(null);
      } else {
        pool.prefixDomain(null);
      }
      backend.releaseDomain(name, pool.id());
    } finally {
      pool.lock().unlock();
    }
    return DeleteUserPoolDomainResponse.builder().build();
  }

  private static @Nullable Domain domainNamed(UserPool pool, String name) {
    Domain prefix = pool.prefixDomain();
    if (prefix != null && prefix.name().equals(name)) {
      return prefix;
    }
    Domain custom = pool.customDomain();
    return custom != null && custom.name().equals(name) ? custom : null;
  }

  private static String checkName(@Nullable String name) {
    if (name == null) {
      throw CognitoErrors.notNull("domain");
    }
    if (name.isEmpty() || name.length() > 63) {
      throw CognitoErrors.constraint("domain", name, name.isEmpty()
          ? "Member must have length greater than or equal to 1"
          : "Member must have length less than or equal to 63");
    }
    return name;
  }

  private Domain prefix(String name, int managedLoginVersion) {
    if (!LABEL.matcher(name).matches()) {
      throw CognitoErrors.invalidDomainPrefix();
    }
    for (String word : RESERVED) {
      if (name.contains(word)) {
        throw CognitoErrors.reservedDomainWord(word);
      }
    }
    return new Domain(name, null, null, managedLoginVersion, distribution(name), s3Bucket(), version());
  }

  private Domain custom(String name, CustomDomainConfigType config, int managedLoginVersion) {
    String[] labels = name.split("\\.", -1);
    boolean valid = labels.length >= 2;
    for (String label : labels) {
      valid &= LABEL.matcher(label).matches();
    }
    if (!valid) {
      throw CognitoErrors.invalidDomainPrefix();
    }
    String arn = config.certificateArn();
    if (arn == null) {
      throw CognitoErrors.notNull("customDomainConfig.certificateArn");
    }
    if (arn.length() < 20 || arn.length() > 2048 || !CERTIFICATE_ARN.matcher(arn).matches()) {
      throw CognitoErrors.constraint("customDomainConfig.certificateArn", arn, arn.length() < 20
          ? "Member must have length greater than or equal to 20"
          : arn.length() > 2048 ? "Member must have length less than or equal to 2048"
          : "Member must satisfy regular expression pattern: " + CERTIFICATE_ARN.pattern());
    }
    if (!ACM_ARN.matcher(arn).matches()) {
      // CloudFront takes certificates from ACM in us-east-1 only; the wording is CloudFront's.
      throw CognitoErrors.invalidParameter("The specified SSL certificate doesn't exist, isn't in us-east-1 region, "
          + "isn't valid, or doesn't include a valid certificate chain.");
    }
    String securityPolicy = ModelSupport.DOMAIN_SECURITY_POLICY ? config.securityPolicyAsString() : null;
    return new Domain(name, arn, securityPolicy, managedLoginVersion, distribution(name), s3Bucket(), version());
  }

  private static int managedLoginVersion(@Nullable Integer given, int fallback) {
    if (given == null) {
      return fallback;
    }
    if (given != 1 && given != 2) {
      // The wording is assumed.
      throw CognitoErrors.invalidParameter("ManagedLoginVersion must be 1 or 2.");
    }
    return given;
  }

  private String version() {
    return VERSION.format(backend.clock().instant());
  }

  private String s3Bucket() {
    return "aws-cognito-prod-" + backend.region() + "-assets";
  }

  /** A CloudFront name of the real shape, the same for the same domain name. */
  private static String distribution(String name) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return "d" + HexFormat.of().formatHex(digest, 0, 7) + ".cloudfront.net";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
