package dev.fakecognito.internal.branding;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.errors.CognitoErrors;
import dev.fakecognito.internal.pools.UserPool;
import dev.fakecognito.internal.util.Ids;
import dev.fakecognito.internal.util.Paging;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsByClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsByClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListTermsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TermsDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TermsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateTermsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateTermsResponse;

/**
 * CreateTerms, DescribeTerms, DescribeTermsByClient, UpdateTerms, DeleteTerms and ListTerms: the
 * terms of use and privacy policy links that an app client's managed login sign-up page shows.
 *
 * <p>Each app client has at most one document of each name ({@code terms-of-use} and {@code
 * privacy-policy}); Links map the language keys managed login knows ({@code cognito:default},
 * {@code cognito:french}, ...) to URLs, at most 13 of them. TermsSource and Enforcement each have
 * one value, {@code LINK} and {@code NONE}. UpdateTerms replaces what it names and keeps the rest;
 * its Links replace the whole map. All of this is from the API reference; only the error texts are
 * assumed. Every change holds the pool's lock and happens after all checks passed.
 */
public final class TermsOperations {

  private static final Pattern NAME = Pattern.compile("^(terms-of-use|privacy-policy)$");
  private static final Pattern LANGUAGE = Pattern.compile("^cognito:(default|dutch|english|french|spanish|german"
      + "|bahasa-indonesia|italian|japanese|korean|portuguese-brazil|chinese-(simplified|traditional))$");
  private static final Pattern LINK = Pattern.compile("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$");
  private static final int MAX_LINKS = 13;

  private final Backend backend;

  public TermsOperations(Backend backend) {
    this.backend = backend;
  }

  /**
   * CreateTerms.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is missing or malformed
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool or client does not exist
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.TermsExistsException if
   *     the client has documents of that name already
   */
  public CreateTermsResponse createTerms(CreateTermsRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String clientId = Checks.clientId(request.clientId(), "clientId");
    String name = name(Checks.required(request.termsName(), "termsName"));
    String source = Checks.required(source(request.termsSourceAsString()), "termsSource");
    String enforcement = Checks.required(enforcement(request.enforcementAsString()), "enforcement");
    Map<String, String> links = links(request.hasLinks() ? request.links() : Map.of());
    backend.client(pool, clientId);
    Terms created;
    pool.lock().lock();
    try {
      backend.client(pool, clientId);
      if (named(pool, clientId, name) != null) {
        throw CognitoErrors.termsExist(name, clientId);
      }
      Instant now = backend.clock().instant();
      created = new Terms(Ids.uuid(), clientId, name, source, enforcement, links, now, now);
      pool.terms().put(created.id(), created);
    } finally {
      pool.lock().unlock();
    }
    return CreateTermsResponse.builder().terms(toType(pool, created)).build();
  }

  /**
   * DescribeTerms.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is missing or malformed
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool or documents do not exist
   */
  public DescribeTermsResponse describeTerms(DescribeTermsRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    return DescribeTermsResponse.builder().terms(toType(pool, terms(pool, request.termsId()))).build();
  }

  /**
   * DescribeTermsByClient: the client's documents of one name.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is missing or malformed
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool or client does not exist, or the client has no documents of that name
   */
  public DescribeTermsByClientResponse describeTermsByClient(DescribeTermsByClientRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String clientId = Checks.clientId(request.clientId(), "clientId");
    String name = name(Checks.required(request.termsName(), "termsName"));
    backend.client(pool, clientId);
    Terms terms = named(pool, clientId, name);
    if (terms == null) {
      throw CognitoErrors.clientHasNoTerms(name, clientId);
    }
    return DescribeTermsByClientResponse.builder().terms(toType(pool, terms)).build();
  }

  /**
   * UpdateTerms.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is missing or malformed
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool or documents do not exist
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.TermsExistsException if
   *     the new name is that of other documents of the client
   */
  public UpdateTermsResponse updateTerms(UpdateTermsRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String id = request.termsId();
    terms(pool, id);
    String name = request.termsName() == null ? null : name(request.termsName());
    String source = source(request.termsSourceAsString());
    String enforcement = enforcement(request.enforcementAsString());
    Map<String, String> links = request.hasLinks() ? links(request.links()) : null;
    Terms updated;
    pool.lock().lock();
    try {
      Terms current = terms(pool, id);
      String newName = name != null ? name : current.name();
      Terms other = named(pool, current.clientId(), newName);
      if (other != null && !other.id().equals(id)) {
        throw CognitoErrors.termsExist(newName, current.clientId());
      }
      updated = new Terms(id, current.clientId(), newName, source != null ? source : current.source(),
          enforcement != null ? enforcement : current.enforcement(), links != null ? links : current.links(),
          current.created(), backend.clock().instant());
      pool.terms().put(id, updated);
    } finally {
      pool.lock().unlock();
    }
    return UpdateTermsResponse.builder().terms(toType(pool, updated)).build();
  }

  /**
   * DeleteTerms.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if a member is missing or malformed
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool or documents do not exist
   */
  public DeleteTermsResponse deleteTerms(DeleteTermsRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    String id = request.termsId();
    terms(pool, id);
    pool.lock().lock();
    try {
      pool.terms().remove(terms(pool, id).id());
    } finally {
      pool.lock().unlock();
    }
    return DeleteTermsResponse.builder().build();
  }

  /**
   * ListTerms: every terms document of the pool, oldest first, without their links.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     if MaxResults is out of range or NextToken was not issued by this listing
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException
   *     if the pool does not exist
   */
  public ListTermsResponse listTerms(ListTermsRequest request) {
    UserPool pool = backend.pool(request.userPoolId());
    int max = request.maxResults() == null ? 60 : request.maxResults();
    Paging.checkMaxResults(max, 60);
    Paging<Terms> page = Paging.page("ListTerms", pool.terms().values(), t -> Paging.key(t.created(), t.id()),
        request.nextToken(), max);
    List<TermsDescriptionType> terms = page.items().stream()
        .map(t -> TermsDescriptionType.builder().termsId(t.id()).termsName(t.name()).enforcement(t.enforcement())
            .creationDate(t.created()).lastModifiedDate(t.lastModified()).build())
        .toList();
    return ListTermsResponse.builder().terms(terms).nextToken(page.nextToken()).build();
  }

  /** The client's documents of one name, or null. */
  static @Nullable Terms named(UserPool pool, String clientId, String name) {
    for (Terms terms : pool.terms().values()) {
      if (terms.clientId().equals(clientId) && terms.name().equals(name)) {
        return terms;
      }
    }
    return null;
  }

  private static Terms terms(UserPool pool, @Nullable String id) {
    Checks.uuid(id, "termsId");
    Terms terms = pool.terms().get(id);
    if (terms == null) {
      throw CognitoErrors.termsNotFound(id);
    }
    return terms;
  }

  private static String name(String name) {
    if (!NAME.matcher(name).matches()) {
      throw CognitoErrors.constraint("termsName", name,
          "Member must satisfy regular expression pattern: ^(terms-of-use|privacy-policy)$");
    }
    return name;
  }

  private static @Nullable String source(@Nullable String source) {
    return Checks.enumValue(source, "termsSource", "LINK");
  }

  private static @Nullable String enforcement(@Nullable String enforcement) {
    return Checks.enumValue(enforcement, "enforcement", "NONE");
  }

  private static Map<String, String> links(Map<String, String> links) {
    if (links.size() > MAX_LINKS) {
      throw CognitoErrors.listLength("links", "Member must have length less than or equal to " + MAX_LINKS);
    }
    for (Map.Entry<String, String> link : links.entrySet()) {
      String language = link.getKey();
      String url = link.getValue();
      if (language == null || !LANGUAGE.matcher(language).matches()) {
        throw CognitoErrors.constraint("links", language, "Map keys must satisfy constraint: "
            + "[Member must satisfy regular expression pattern: " + LANGUAGE.pattern() + "]");
      }
      if (url == null || url.isEmpty() || url.length() > 1024 || !LINK.matcher(url).matches()) {
        throw CognitoErrors.constraint("links." + language, url, url == null || url.isEmpty()
            ? "Member must have length greater than or equal to 1"
            : url.length() > 1024 ? "Member must have length less than or equal to 1024"
            : "Member must satisfy regular expression pattern: " + LINK.pattern());
      }
    }
    return links;
  }

  private static TermsType toType(UserPool pool, Terms terms) {
    return TermsType.builder()
        .termsId(terms.id())
        .userPoolId(pool.id())
        .clientId(terms.clientId())
        .termsName(terms.name())
        .termsSource(terms.source())
        .enforcement(terms.enforcement())
        .links(terms.links())
        .creationDate(terms.created())
        .lastModifiedDate(terms.lastModified())
        .build();
  }
}
