package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DomainDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DomainStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

class UserPoolDomainsTest {

  private static final String CERTIFICATE =
      "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);

  private DomainDescriptionType describe(String domain) {
    return cognito.describeUserPoolDomain(r -> r.domain(domain)).domainDescription();
  }

  private UserPoolType described() {
    return cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool();
  }

  @Test
  void prefix_domain_is_described_and_shown_on_the_pool() {
    CreateUserPoolDomainResponse created = cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("my-app"));

    assertThat(created.managedLoginVersion()).isEqualTo(1);
    assertThat(created.cloudFrontDomain()).isNull();
    DomainDescriptionType description = describe("my-app");
    assertThat(description.userPoolId()).isEqualTo(poolId);
    assertThat(description.awsAccountId()).isEqualTo("123456789012");
    assertThat(description.domain()).isEqualTo("my-app");
    assertThat(description.status()).isEqualTo(DomainStatusType.ACTIVE);
    assertThat(description.cloudFrontDistribution()).endsWith(".cloudfront.net");
    assertThat(description.s3Bucket()).isNotBlank();
    assertThat(description.version()).isNotBlank();
    assertThat(description.customDomainConfig()).isNull();
    assertThat(description.managedLoginVersion()).isEqualTo(1);
    assertThat(described().domain()).isEqualTo("my-app");
    assertThat(described().customDomain()).isNull();
  }

  @Test
  void custom_domain_needs_a_certificate_and_reports_its_distribution() {
    CreateUserPoolDomainResponse created = cognito.createUserPoolDomain(r -> r.userPoolId(poolId)
        .domain("auth.example.com").managedLoginVersion(2).customDomainConfig(c -> c.certificateArn(CERTIFICATE)));

    assertThat(created.cloudFrontDomain()).endsWith(".cloudfront.net");
    assertThat(created.managedLoginVersion()).isEqualTo(2);
    DomainDescriptionType description = describe("auth.example.com");
    assertThat(description.customDomainConfig().certificateArn()).isEqualTo(CERTIFICATE);
    assertThat(description.cloudFrontDistribution()).isEqualTo(created.cloudFrontDomain());
    assertThat(description.managedLoginVersion()).isEqualTo(2);
    assertThat(described().customDomain()).isEqualTo("auth.example.com");
  }

  @Test
  void pool_may_have_one_prefix_and_one_custom_domain() {
    cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("my-app"));
    cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("auth.example.com")
        .customDomainConfig(c -> c.certificateArn(CERTIFICATE)));

    assertCognitoError(() -> cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("my-other-app")),
        InvalidParameterException.class, "User pool already has a domain configured.");
    assertThat(described().domain()).isEqualTo("my-app");
    assertThat(described().customDomain()).isEqualTo("auth.example.com");
  }

  @Test
  void domain_of_another_pool_throws_InvalidParameterException() {
    cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("my-app"));
    String other = pool(cognito);

    assertCognitoError(() -> cognito.createUserPoolDomain(r -> r.userPoolId(other).domain("my-app")),
        InvalidParameterException.class, "Domain already associated with another user pool.");
  }

  @Test
  void prefix_with_an_upper_case_letter_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("My-App")),
        InvalidParameterException.class, "The domain name contains an invalid character. Domain names can only "
            + "contain lower-case letters, numbers, and hyphens. Please enter a different name that follows this "
            + "format: ^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$");
  }

  @Test
  void prefix_with_a_reserved_word_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("my-cognito-app")),
        InvalidParameterException.class, "Domain cannot contain reserved word: cognito");
    assertCognitoError(() -> cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("aws-app")),
        InvalidParameterException.class, "Domain cannot contain reserved word: aws");
  }

  @Test
  void custom_domain_with_a_certificate_outside_us_east_1_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("auth.example.com")
            .customDomainConfig(c -> c.certificateArn(CERTIFICATE.replace("us-east-1", "eu-west-1")))),
        InvalidParameterException.class, "The specified SSL certificate doesn't exist, isn't in us-east-1 region, "
            + "isn't valid, or doesn't include a valid certificate chain.");
    assertThat(describe("auth.example.com").domain()).isNull();
  }

  @Test
  void managed_login_version_3_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("my-app")
        .managedLoginVersion(3)), InvalidParameterException.class, "ManagedLoginVersion must be 1 or 2.");
  }

  @Test
  void unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.createUserPoolDomain(r -> r.userPoolId("us-east-1_nothere").domain("my-app")),
        ResourceNotFoundException.class, "User pool us-east-1_nothere does not exist.");
  }

  @Test
  void unknown_domain_is_described_empty() {
    DomainDescriptionType description = describe("nobody-has-this");

    assertThat(description.domain()).isNull();
    assertThat(description.userPoolId()).isNull();
    assertThat(description.status()).isNull();
  }

  @Test
  void update_changes_the_managed_login_version_and_the_certificate() {
    cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("auth.example.com")
        .customDomainConfig(c -> c.certificateArn(CERTIFICATE)));
    String newCertificate = CERTIFICATE.replace("5555", "6666");

    UpdateUserPoolDomainResponse updated = cognito.updateUserPoolDomain(r -> r.userPoolId(poolId)
        .domain("auth.example.com").managedLoginVersion(2).customDomainConfig(c -> c.certificateArn(newCertificate)));

    assertThat(updated.managedLoginVersion()).isEqualTo(2);
    assertThat(updated.cloudFrontDomain()).endsWith(".cloudfront.net");
    assertThat(describe("auth.example.com").customDomainConfig().certificateArn()).isEqualTo(newCertificate);
    assertThat(describe("auth.example.com").managedLoginVersion()).isEqualTo(2);
  }

  @Test
  void update_of_a_domain_the_pool_lacks_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.updateUserPoolDomain(r -> r.userPoolId(poolId).domain("my-app")
        .managedLoginVersion(2)), InvalidParameterException.class, "No such domain or user pool exists.");
  }

  @Test
  void deleted_domain_is_free_for_another_pool() {
    cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("my-app"));

    cognito.deleteUserPoolDomain(r -> r.userPoolId(poolId).domain("my-app"));

    assertThat(describe("my-app").domain()).isNull();
    assertThat(described().domain()).isNull();
    String other = pool(cognito);
    cognito.createUserPoolDomain(r -> r.userPoolId(other).domain("my-app"));
    assertThat(describe("my-app").userPoolId()).isEqualTo(other);
  }

  @Test
  void delete_of_another_pools_domain_throws_InvalidParameterException() {
    cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("my-app"));
    String other = pool(cognito);

    assertCognitoError(() -> cognito.deleteUserPoolDomain(r -> r.userPoolId(other).domain("my-app")),
        InvalidParameterException.class, "No such domain or user pool exists.");
    assertThat(describe("my-app").userPoolId()).isEqualTo(poolId);
  }

  @Test
  void pool_with_a_domain_cannot_be_deleted() {
    cognito.createUserPoolDomain(r -> r.userPoolId(poolId).domain("my-app"));

    assertCognitoError(() -> cognito.deleteUserPool(r -> r.userPoolId(poolId)), InvalidParameterException.class,
        "User pool cannot be deleted. It has a domain configured that should be deleted first.");

    cognito.deleteUserPoolDomain(r -> r.userPoolId(poolId).domain("my-app"));
    cognito.deleteUserPool(r -> r.userPoolId(poolId));
    assertCognitoError(() -> described(), ResourceNotFoundException.class, "User pool " + poolId + " does not exist.");
  }
}
