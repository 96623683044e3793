package dev.fakecognito.idp;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user of a {@link FakeSamlProvider}: the NameID its assertions name, and the attributes they
 * carry. Immutable; the {@code with...} methods return a changed copy.
 *
 * <pre>{@code
 * idp.addUser(SamlUser.of("alice@example.com")
 *     .withAttribute("email", "alice@example.com")
 *     .withAttribute("groups", "admins", "staff"));
 * }</pre>
 *
 * @param nameId the NameID
 * @param nameIdFormat the NameID's Format
 * @param attributes attribute name to values, in order
 */
public record SamlUser(String nameId, String nameIdFormat, Map<String, List<String>> attributes) {

  /** The NameID format of an e-mail address. */
  public static final String EMAIL_FORMAT = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
  /** The NameID format of a stable, opaque identifier. */
  public static final String PERSISTENT_FORMAT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";

  public SamlUser {
    Objects.requireNonNull(nameId, "nameId");
    Objects.requireNonNull(nameIdFormat, "nameIdFormat");
    if (nameId.isBlank()) {
      throw new IllegalArgumentException("nameId must not be blank");
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    attributes.forEach((name, values) -> copy.put(Objects.requireNonNull(name, "attribute name"),
        List.copyOf(values)));
    attributes = Collections.unmodifiableMap(copy);
  }

  /** A user with a persistent NameID and no attributes. */
  public static SamlUser of(String nameId) {
    return new SamlUser(nameId, PERSISTENT_FORMAT, Map.of());
  }

  /** This user with attribute {@code name} set to {@code values}: several values make it multi-valued. */
  public SamlUser withAttribute(String name, String... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("attribute " + name + " needs at least one value");
    }
    Map<String, List<String>> changed = new LinkedHashMap<>(attributes);
    changed.put(name, Arrays.asList(values));
    return new SamlUser(nameId, nameIdFormat, changed);
  }

  /** This user with another NameID format. */
  public SamlUser withNameIdFormat(String format) {
    return new SamlUser(nameId, format, attributes);
  }
}
