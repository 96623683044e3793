package dev.fakecognito.internal.branding;

import dev.fakecognito.internal.errors.CognitoErrors;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSS rules the classic hosted UI accepts in SetUICustomization, after the developer guide's
 * "Customizing hosted UI (classic) branding": only the listed {@code -customizable} classes as
 * selectors, each alone, only the properties listed for its class, and no {@code @import},
 * {@code @supports}, {@code @page} or {@code @media} statements or JavaScript.
 *
 * <p>Each class's properties are those of the guide together with those of the CSS template the
 * console hands out, which uses a few more (such as {@code padding} on social buttons), and
 * {@code border-radius}, which deployed stylesheets use on the buttons and fields. The exact set
 * Cognito enforces, and the texts of its errors, are assumed.
 */
final class ClassicCss {

  private static final Set<String> BORDER_RADIUS = Set.of("border-radius");
  private static final Map<String, Set<String>> PROPERTIES = Map.ofEntries(
      Map.entry("background-customizable", Set.of("background-color")),
      Map.entry("banner-customizable", Set.of("padding", "background-color")),
      Map.entry("errorMessage-customizable", Set.of("margin", "padding", "font-size", "width", "background",
          "border", "color", "box-sizing")),
      Map.entry("idpButton-customizable", Set.of("height", "width", "text-align", "margin-bottom", "color",
          "background-color", "border-color")),
      Map.entry("idpButton-customizable:hover", Set.of("color", "background-color", "border-color")),
      Map.entry("idpDescription-customizable", Set.of("padding-top", "padding-bottom", "display", "font-size",
          "color")),
      Map.entry("inputField-customizable", Set.of("width", "height", "color", "background-color", "border")),
      Map.entry("inputField-customizable:focus", Set.of("border-color", "outline")),
      Map.entry("label-customizable", Set.of("font-weight", "color")),
      Map.entry("legalText-customizable", Set.of("color", "font-size")),
      Map.entry("logo-customizable", Set.of("max-width", "max-height", "background-color")),
      Map.entry("passwordCheck-valid-customizable", Set.of("color")),
      Map.entry("passwordCheck-notValid-customizable", Set.of("color")),
      Map.entry("redirect-customizable", Set.of("text-align")),
      Map.entry("socialButton-customizable", Set.of("height", "text-align", "width", "margin-bottom", "padding")),
      Map.entry("submitButton-customizable", Set.of("font-size", "font-weight", "margin", "width", "height",
          "color", "background-color")),
      Map.entry("submitButton-customizable:hover", Set.of("color", "background-color")),
      Map.entry("textDescription-customizable", Set.of("padding-top", "padding-bottom", "display", "font-size",
          "color")));

  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern AT_RULE = Pattern.compile("@[\\w-]*");
  private static final Pattern SCRIPT =
      Pattern.compile("javascript:|expression\\s*\\(|<\\s*/?\\s*script|behavior\\s*:|-moz-binding",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RULE = Pattern.compile("([^{}]*)\\{([^{}]*)\\}");

  private ClassicCss() {}

  /**
   * Checks a stylesheet.
   *
   * @throws software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException
   *     naming the first thing the classic hosted UI does not accept
   */
  static void check(String css) {
    String bare = COMMENT.matcher(css).replaceAll(" ");
    if (bare.contains("/*")) {
      throw CognitoErrors.invalidCss("unterminated comment.");
    }
    Matcher at = AT_RULE.matcher(bare);
    if (at.find()) {
      throw CognitoErrors.invalidCss(at.group() + " statements are not allowed.");
    }
    if (SCRIPT.matcher(bare).find()) {
      throw CognitoErrors.invalidCss("JavaScript is not allowed.");
    }
    Matcher rule = RULE.matcher(bare);
    int end = 0;
    while (rule.find()) {
      if (rule.start() != end && !bare.substring(end, rule.start()).isBlank()) {
        throw CognitoErrors.invalidCss("unexpected text before a rule.");
      }
      end = rule.end();
      for (String selector : rule.group(1).split(",", -1)) {
        String className = className(selector.trim());
        declarations(className, rule.group(2));
      }
    }
    if (!bare.substring(end).isBlank()) {
      throw CognitoErrors.invalidCss("unexpected text \"" + excerpt(bare.substring(end).trim()) + "\".");
    }
  }

  private static String className(String selector) {
    String name = selector.startsWith(".") ? selector.substring(1) : null;
    if (name == null || !PROPERTIES.containsKey(name)) {
      throw CognitoErrors.invalidCss("the selector \"" + excerpt(selector) + "\" is not one of the customizable "
          + "classes.");
    }
    return name;
  }

  private static void declarations(String className, String block) {
    Set<String> allowed = PROPERTIES.get(className);
    for (String declaration : block.split(";", -1)) {
      if (declaration.isBlank()) {
        continue;
      }
      int colon = declaration.indexOf(':');
      if (colon < 0 || declaration.substring(colon + 1).isBlank()) {
        throw CognitoErrors.invalidCss("the declaration \"" + excerpt(declaration.trim()) + "\" in ." + className
            + " has no value.");
      }
      String property = declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      if (!allowed.contains(property) && !BORDER_RADIUS.contains(property)) {
        throw CognitoErrors.invalidCss("the property " + excerpt(property) + " cannot be customized in ."
            + className + ".");
      }
    }
  }

  private static String excerpt(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }
}
