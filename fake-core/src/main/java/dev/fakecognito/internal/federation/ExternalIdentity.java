package dev.fakecognito.internal.federation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who an external identity provider says signed in, as its protocol delivered it and before any
 * AttributeMapping applies.
 *
 * @param providerName the pool's name for the provider
 * @param userId the IdP's identifier of the user: an OIDC {@code sub}, a SAML NameID
 * @param attributes the attributes the IdP gave (ID token and userInfo claims, SAML attributes),
 *     as strings; a claim that is not a string holds its JSON text
 */
public record ExternalIdentity(String providerName, String userId, Map<String, String> attributes) {

  public ExternalIdentity {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }
}
