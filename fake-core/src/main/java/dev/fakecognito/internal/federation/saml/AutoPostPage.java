package dev.fakecognito.internal.federation.saml;

import java.util.Map;

/**
 * The page of the SAML HTTP-POST binding: a form that carries a SAML message to another site,
 * submitted by a script on load, with a visible Continue button for browsers without JavaScript.
 */
public final class AutoPostPage {

  private AutoPostPage() {}

  /** The page that posts {@code fields} to {@code action}. */
  public static String html(String title, String action, Map<String, String> fields) {
    StringBuilder page = new StringBuilder(1024 + fields.values().stream().mapToInt(String::length).sum())
        .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title)).append("</title>\n</head>\n<body>\n")
        .append("<form method=\"post\" name=\"samlForm\" action=\"").append(escape(action)).append("\">\n");
    fields.forEach((name, value) -> page.append("<input type=\"hidden\" name=\"").append(escape(name))
        .append("\" value=\"").append(escape(value)).append("\">\n"));
    return page.append("<noscript><p>JavaScript is off: press Continue to go on.</p></noscript>\n")
        .append("<button type=\"submit\" name=\"continue\">Continue</button>\n</form>\n")
        .append("<script>document.forms[0].submit();</script>\n</body>\n</html>\n").toString();
  }

  /** Escapes text for an HTML attribute value or element content. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
