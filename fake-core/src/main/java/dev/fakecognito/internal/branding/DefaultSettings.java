package dev.fakecognito.internal.branding;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.internal.util.Documents;
import java.text.ParseException;
import software.amazon.awssdk.core.document.Document;

/**
 * The settings of a managed login style that Cognito provides: what DescribeManagedLoginBranding
 * returns with ReturnMergedResources for everything a style leaves unset.
 *
 * <p>Cognito publishes no complete default document. This one is assumed: it has the shape of the
 * documents the API reference shows (categories, componentClasses and components, colors as
 * {@code rrggbbaa}) with values for a light, centered form.
 */
final class DefaultSettings {

  private static final String JSON = """
      {
        "categories": {
          "auth": {
            "authMethodOrder": [[{"display": "BUTTON", "type": "FEDERATED"},
                                 {"display": "INPUT", "type": "USERNAME_PASSWORD"}]],
            "federation": {"interfaceStyle": "BUTTON_LIST", "order": []}
          },
          "form": {
            "displayGraphics": true,
            "instructions": {"enabled": false},
            "languageSelector": {"enabled": false},
            "location": {"horizontal": "CENTER", "vertical": "CENTER"},
            "sessionTimerDisplay": "NONE"
          },
          "global": {
            "colorSchemeMode": "LIGHT",
            "pageFooter": {"enabled": false},
            "pageHeader": {"enabled": false},
            "spacingDensity": "REGULAR"
          },
          "signUp": {"acceptanceElements": [{"enforcement": "NONE", "textKey": "en"}]}
        },
        "componentClasses": {
          "buttons": {"borderRadius": 8.0},
          "focusState": {"lightMode": {"borderColor": "0972d3ff"}, "darkMode": {"borderColor": "539fe5ff"}},
          "idpButtons": {"icons": {"enabled": true}},
          "input": {
            "borderRadius": 8.0,
            "lightMode": {"defaults": {"backgroundColor": "ffffffff", "borderColor": "7d8998ff"},
                          "placeholderColor": "5f6b7aff"},
            "darkMode": {"defaults": {"backgroundColor": "0f1b2aff", "borderColor": "5f6b7aff"},
                         "placeholderColor": "8d99a8ff"}
          },
          "inputLabel": {"lightMode": {"textColor": "000716ff"}, "darkMode": {"textColor": "d1d5dbff"}},
          "link": {
            "lightMode": {"defaults": {"textColor": "0972d3ff"}, "hover": {"textColor": "033160ff"}},
            "darkMode": {"defaults": {"textColor": "539fe5ff"}, "hover": {"textColor": "89bdeeff"}}
          }
        },
        "components": {
          "form": {
            "borderRadius": 8.0,
            "logo": {"enabled": false, "formInclusion": "IN", "location": "CENTER", "position": "TOP"},
            "lightMode": {"backgroundColor": "ffffffff", "borderColor": "c6c6cdff"},
            "darkMode": {"backgroundColor": "0f1b2aff", "borderColor": "424650ff"}
          },
          "pageBackground": {
            "image": {"enabled": true},
            "lightMode": {"color": "ffffffff"},
            "darkMode": {"color": "0f1b2aff"}
          },
          "pageText": {
            "lightMode": {"bodyColor": "414d5cff", "descriptionColor": "414d5cff", "headingColor": "000716ff"},
            "darkMode": {"bodyColor": "b6bec9ff", "descriptionColor": "b6bec9ff", "headingColor": "d1d5dbff"}
          },
          "primaryButton": {
            "lightMode": {"defaults": {"backgroundColor": "0972d3ff", "textColor": "ffffffff"},
                          "hover": {"backgroundColor": "033160ff", "textColor": "ffffffff"}},
            "darkMode": {"defaults": {"backgroundColor": "539fe5ff", "textColor": "000716ff"},
                         "hover": {"backgroundColor": "89bdeeff", "textColor": "000716ff"}}
          }
        }
      }
      """;

  /** The default settings document. */
  static final Document SETTINGS = parse();

  private DefaultSettings() {}

  private static Document parse() {
    try {
      return Documents.fromJava(JSONObjectUtils.parse(JSON));
    } catch (ParseException e) {
      throw new IllegalStateException("The default settings are not JSON", e);
    }
  }
}
