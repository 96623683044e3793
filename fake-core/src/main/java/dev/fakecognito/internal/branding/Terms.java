package dev.fakecognito.internal.branding;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Terms documents of an app client: the links that its managed login sign-up page shows, by
 * language. Immutable; a change replaces it whole.
 *
 * @param id the TermsId, a random UUID
 * @param clientId the app client
 * @param name {@code terms-of-use} or {@code privacy-policy}, unique within the client
 * @param source {@code LINK}, the only source there is
 * @param enforcement {@code NONE}, the only enforcement there is
 * @param links the URL of the document by language key, such as {@code cognito:default}
 * @param created when the documents were created
 * @param lastModified when they last changed
 */
public record Terms(
    String id,
    String clientId,
    String name,
    String source,
    String enforcement,
    Map<String, String> links,
    Instant created,
    Instant lastModified) {

  public Terms {
    links = java.util.Collections.unmodifiableMap(new TreeMap<>(links));
  }
}
