package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.assertInvalidPaginationToken;
import static dev.fakecognito.testing.Fixtures.client;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TermsDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TermsEnforcementType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TermsExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TermsSourceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TermsType;

class TermsTest {

  private static final Map<String, String> LINKS = Map.of(
      "cognito:default", "https://example.com/terms", "cognito:french", "https://example.com/fr/terms");
  private static final String UNKNOWN_ID = "11111111-2222-4333-8444-555555555555";

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);
  private final String clientId = client(cognito, poolId).clientId();

  private TermsType create(String name) {
    return cognito.createTerms(r -> valid(r).termsName(name)).terms();
  }

  private CreateTermsRequest.Builder valid(CreateTermsRequest.Builder r) {
    return r.userPoolId(poolId).clientId(clientId).termsName("terms-of-use").termsSource(TermsSourceType.LINK)
        .enforcement(TermsEnforcementType.NONE).links(LINKS);
  }

  private TermsType describe(String termsId) {
    return cognito.describeTerms(r -> r.userPoolId(poolId).termsId(termsId)).terms();
  }

  /* ---- CreateTerms ---- */

  @Test
  void created_terms_return_their_links() {
    Instant now = fake.clock().instant();

    TermsType created = create("terms-of-use");

    assertThat(created.termsId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(created.userPoolId()).isEqualTo(poolId);
    assertThat(created.clientId()).isEqualTo(clientId);
    assertThat(created.termsName()).isEqualTo("terms-of-use");
    assertThat(created.termsSource()).isEqualTo(TermsSourceType.LINK);
    assertThat(created.enforcement()).isEqualTo(TermsEnforcementType.NONE);
    assertThat(created.links()).isEqualTo(LINKS);
    assertThat(created.creationDate()).isEqualTo(now);
    assertThat(created.lastModifiedDate()).isEqualTo(now);
  }

  @Test
  void second_terms_of_one_name_throw_TermsExistsException() {
    create("terms-of-use");
    create("privacy-policy");

    assertCognitoError(() -> create("terms-of-use"), TermsExistsException.class,
        "Terms documents named terms-of-use already exist for app client " + clientId + ".");
  }

  @Test
  void other_client_may_use_the_same_name() {
    create("terms-of-use");
    String other = client(cognito, poolId).clientId();

    TermsType created = cognito.createTerms(r -> valid(r).clientId(other)).terms();

    assertThat(created.clientId()).isEqualTo(other);
  }

  @Test
  void unknown_name_throws_InvalidParameterException() {
    assertCognitoError(() -> create("cookie-policy"), InvalidParameterException.class,
        "1 validation error detected: Value 'cookie-policy' at 'termsName' failed to satisfy constraint: Member "
            + "must satisfy regular expression pattern: ^(terms-of-use|privacy-policy)$");
  }

  @Test
  void missing_source_or_enforcement_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createTerms(r -> valid(r).termsSource((String) null)),
        InvalidParameterException.class, "1 validation error detected: Value null at 'termsSource' failed to "
            + "satisfy constraint: Member must not be null");
    assertCognitoError(() -> cognito.createTerms(r -> valid(r).enforcement("STRICT")),
        InvalidParameterException.class, "1 validation error detected: Value 'STRICT' at 'enforcement' failed to "
            + "satisfy constraint: Member must satisfy enum value set: [NONE]");
  }

  @Test
  void unknown_language_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createTerms(r -> valid(r).links(Map.of("cognito:klingon", "https://x.test"))),
        InvalidParameterException.class, "1 validation error detected: Value 'cognito:klingon' at 'links' failed "
            + "to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression "
            + "pattern: ^cognito:(default|dutch|english|french|spanish|german|bahasa-indonesia|italian|japanese"
            + "|korean|portuguese-brazil|chinese-(simplified|traditional))$]");
  }

  @Test
  void link_with_a_space_throws_InvalidParameterException() {
    assertCognitoError(() -> cognito.createTerms(r -> valid(r).links(Map.of("cognito:default", "https://x.test/a b"))),
        InvalidParameterException.class, "1 validation error detected: Value 'https://x.test/a b' at "
            + "'links.cognito:default' failed to satisfy constraint: Member must satisfy regular expression "
            + "pattern: ^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$");
  }

  @Test
  void more_than_13_links_throw_InvalidParameterException() {
    Map<String, String> links = new HashMap<>();
    for (String language : new String[] {"default", "dutch", "english", "french", "spanish", "german",
        "bahasa-indonesia", "italian", "japanese", "korean", "portuguese-brazil", "chinese-simplified",
        "chinese-traditional"}) {
      links.put("cognito:" + language, "https://example.com/" + language);
    }
    assertThat(cognito.createTerms(r -> valid(r).links(links)).terms().links()).hasSize(13);
    links.put("cognito:default2", "https://example.com/x");

    assertCognitoError(() -> cognito.createTerms(r -> valid(r).termsName("privacy-policy").links(links)),
        InvalidParameterException.class, "1 validation error detected: Value at 'links' failed to satisfy "
            + "constraint: Member must have length less than or equal to 13");
  }

  @Test
  void unknown_client_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.createTerms(r -> valid(r).clientId("nosuchclient")),
        ResourceNotFoundException.class, "User pool client nosuchclient does not exist.");
  }

  /* ---- DescribeTerms and DescribeTermsByClient ---- */

  @Test
  void terms_are_described_by_id_and_by_client_and_name() {
    TermsType created = create("privacy-policy");

    assertThat(describe(created.termsId())).isEqualTo(created);
    assertThat(cognito.describeTermsByClient(r -> r.userPoolId(poolId).clientId(clientId)
        .termsName("privacy-policy")).terms()).isEqualTo(created);
  }

  @Test
  void unknown_terms_throw_ResourceNotFoundException() {
    assertCognitoError(() -> describe(UNKNOWN_ID), ResourceNotFoundException.class,
        "Terms documents " + UNKNOWN_ID + " do not exist.");
    assertCognitoError(() -> cognito.describeTermsByClient(r -> r.userPoolId(poolId).clientId(clientId)
            .termsName("terms-of-use")),
        ResourceNotFoundException.class,
        "No terms documents named terms-of-use exist for app client " + clientId + ".");
  }

  @Test
  void malformed_terms_id_throws_InvalidParameterException() {
    assertCognitoError(() -> describe("terms-1"), InvalidParameterException.class,
        "1 validation error detected: Value 'terms-1' at 'termsId' failed to satisfy constraint: Member must "
            + "satisfy regular expression pattern: ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[4][0-9a-fA-F]{3}-[89abAB]"
            + "[0-9a-fA-F]{3}-[0-9a-fA-F]{12}$");
  }

  /* ---- UpdateTerms ---- */

  @Test
  void update_replaces_the_links_and_keeps_the_rest() {
    TermsType created = create("terms-of-use");
    fake.clock().advance(Duration.ofMinutes(5));
    Map<String, String> links = Map.of("cognito:default", "https://example.com/v2/terms");

    TermsType updated = cognito.updateTerms(r -> r.userPoolId(poolId).termsId(created.termsId()).links(links))
        .terms();

    assertThat(updated.links()).isEqualTo(links);
    assertThat(updated.termsName()).isEqualTo("terms-of-use");
    assertThat(updated.creationDate()).isEqualTo(created.creationDate());
    assertThat(updated.lastModifiedDate()).isEqualTo(created.creationDate().plus(Duration.ofMinutes(5)));
    assertThat(describe(created.termsId())).isEqualTo(updated);
  }

  @Test
  void renaming_onto_the_other_document_throws_TermsExistsException() {
    TermsType terms = create("terms-of-use");
    create("privacy-policy");

    assertCognitoError(() -> cognito.updateTerms(r -> r.userPoolId(poolId).termsId(terms.termsId())
            .termsName("privacy-policy")),
        TermsExistsException.class,
        "Terms documents named privacy-policy already exist for app client " + clientId + ".");
    assertThat(describe(terms.termsId()).termsName()).isEqualTo("terms-of-use");
  }

  @Test
  void update_of_unknown_terms_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.updateTerms(r -> r.userPoolId(poolId).termsId(UNKNOWN_ID).links(LINKS)),
        ResourceNotFoundException.class, "Terms documents " + UNKNOWN_ID + " do not exist.");
  }

  /* ---- DeleteTerms ---- */

  @Test
  void deleted_terms_are_gone() {
    TermsType terms = create("terms-of-use");

    cognito.deleteTerms(r -> r.userPoolId(poolId).termsId(terms.termsId()));

    assertCognitoError(() -> describe(terms.termsId()), ResourceNotFoundException.class,
        "Terms documents " + terms.termsId() + " do not exist.");
    assertCognitoError(() -> cognito.deleteTerms(r -> r.userPoolId(poolId).termsId(terms.termsId())),
        ResourceNotFoundException.class, "Terms documents " + terms.termsId() + " do not exist.");
  }

  @Test
  void deleting_the_client_deletes_its_terms() {
    TermsType terms = create("terms-of-use");

    cognito.deleteUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId));

    assertCognitoError(() -> describe(terms.termsId()), ResourceNotFoundException.class,
        "Terms documents " + terms.termsId() + " do not exist.");
  }

  /* ---- ListTerms ---- */

  @Test
  void terms_are_listed_oldest_first_in_pages() {
    TermsType first = create("terms-of-use");
    fake.clock().advance(Duration.ofSeconds(1));
    TermsType second = create("privacy-policy");

    ListTermsResponse page = cognito.listTerms(r -> r.userPoolId(poolId).maxResults(1));
    ListTermsResponse next = cognito.listTerms(r -> r.userPoolId(poolId).maxResults(1).nextToken(page.nextToken()));

    assertThat(page.terms()).extracting(TermsDescriptionType::termsId).containsExactly(first.termsId());
    assertThat(page.terms().get(0).termsName()).isEqualTo("terms-of-use");
    assertThat(page.terms().get(0).enforcement()).isEqualTo(TermsEnforcementType.NONE);
    assertThat(next.terms()).extracting(TermsDescriptionType::termsId).containsExactly(second.termsId());
    assertThat(next.nextToken()).isNull();
  }

  @Test
  void list_of_a_pool_without_terms_is_empty() {
    assertThat(cognito.listTerms(r -> r.userPoolId(poolId)).terms()).isEmpty();
  }

  @Test
  void bad_max_results_or_token_throw_InvalidParameterException() {
    assertCognitoError(() -> cognito.listTerms(r -> r.userPoolId(poolId).maxResults(61)),
        InvalidParameterException.class, "1 validation error detected: Value '61' at 'maxResults' failed to "
            + "satisfy constraint: Member must have value less than or equal to 60");
    assertInvalidPaginationToken(() -> cognito.listTerms(r -> r.userPoolId(poolId).nextToken("bogus")), "bogus");
  }

  @Test
  void unknown_pool_throws_ResourceNotFoundException() {
    assertCognitoError(() -> cognito.listTerms(r -> r.userPoolId("us-east-1_nosuchpool")),
        ResourceNotFoundException.class, "User pool us-east-1_nosuchpool does not exist.");
  }
}
