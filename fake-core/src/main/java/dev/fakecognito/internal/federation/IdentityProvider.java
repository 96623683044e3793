package dev.fakecognito.internal.federation;

import dev.fakecognito.internal.util.ModelSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.cognitoidentityprovider.model.IdentityProviderType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ProviderDescription;

/**
 * One external identity provider of a pool, immutable and replaced whole on update.
 *
 * <p>{@code details} are the ProviderDetails as DescribeIdentityProvider shows them, with the keys
 * Cognito adds itself; {@code given} are the keys the caller set, from which an update starts, and
 * which may hold what Describe hides (an Apple private key). For a SAML provider, {@code entityId}
 * and {@code signingCertificates} come from its metadata, for the sign-in that checks assertions.
 *
 * @param name the ProviderName, unique in the pool
 * @param type the ProviderType as the wire spells it ({@code Google}, {@code SAML}, ...)
 * @param given the ProviderDetails the caller set, sorted by key
 * @param details the ProviderDetails Describe returns, sorted by key
 * @param attributeMapping user pool attribute to IdP attribute, sorted by key
 * @param idpIdentifiers the IdP identifiers, in the caller's order
 * @param acrMapping ACR level to IdP ACR value, sorted by key; empty if the SDK lacks the member
 * @param entityId the SAML entity ID from the metadata, or empty
 * @param signingCertificates the SAML signing certificates from the metadata, base64 DER
 * @param created when the provider was created
 * @param lastModified when it was last updated
 */
public record IdentityProvider(
    String name,
    String type,
    Map<String, String> given,
    Map<String, String> details,
    Map<String, String> attributeMapping,
    List<String> idpIdentifiers,
    Map<String, String> acrMapping,
    String entityId,
    List<String> signingCertificates,
    Instant created,
    Instant lastModified) {

  public IdentityProvider {
    given = java.util.Collections.unmodifiableMap(new TreeMap<>(given));
    details = java.util.Collections.unmodifiableMap(new TreeMap<>(details));
    attributeMapping = java.util.Collections.unmodifiableMap(new TreeMap<>(attributeMapping));
    idpIdentifiers = List.copyOf(idpIdentifiers);
    acrMapping = java.util.Collections.unmodifiableMap(new TreeMap<>(acrMapping));
    signingCertificates = List.copyOf(signingCertificates);
  }

  /** The provider as Create, Describe, Update and GetIdentityProviderByIdentifier return it. */
  public IdentityProviderType toType(String userPoolId) {
    IdentityProviderType.Builder builder = IdentityProviderType.builder()
        .userPoolId(userPoolId)
        .providerName(name)
        .providerType(type)
        .providerDetails(details)
        .attributeMapping(attributeMapping)
        .idpIdentifiers(idpIdentifiers)
        .creationDate(created)
        .lastModifiedDate(lastModified);
    if (ModelSupport.ACR_MAPPING && !acrMapping.isEmpty()) {
      builder.acrMapping(acrMapping);
    }
    return builder.build();
  }

  /** The provider as ListIdentityProviders returns it. */
  public ProviderDescription toDescription() {
    return ProviderDescription.builder().providerName(name).providerType(type)
        .creationDate(created).lastModifiedDate(lastModified).build();
  }
}
