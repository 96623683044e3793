package dev.fakecognito.internal.oauth;

import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.branding.Branding;
import dev.fakecognito.internal.federation.saml.AutoPostPage;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The HTML of managed login's pages: plain server-rendered forms with a small inline stylesheet,
 * usable without JavaScript. The sign-in form keeps the field names and ids of Cognito's classic
 * hosted UI ({@code username}, {@code password}, {@code _csrf}; {@code signInFormUsername}, {@code
 * signInFormPassword}), which scripts that drive the real pages look for.
 *
 * <p>The elements carry the classic hosted UI's {@code -customizable} CSS classes ({@code
 * banner-customizable}, {@code label-customizable}, {@code submitButton-customizable}, ...), and a
 * page for a known app client ({@link Look}) adds the client's or pool's SetUICustomization CSS after
 * the built-in stylesheet, so that its rules win, and shows its logo in the banner
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/hosted-ui-classic-branding.html).
 */
final class LoginPages {

  /**
   * What an app client's branding changes on its pages.
   *
   * @param css the classic hosted UI CSS, or null
   * @param logo the path of the logo image, or null
   * @param termsOfUse the terms of use link for the page's language, or null
   * @param privacyPolicy the privacy policy link for the page's language, or null
   */
  record Look(@Nullable String css, @Nullable String logo, @Nullable String termsOfUse,
      @Nullable String privacyPolicy) {

    /** The look of a page without a known client: the built-in one. */
    static final Look NONE = new Look(null, null, null, null);

    /**
     * The look of {@code client}'s pages, whose terms links follow the authorize query's {@code
     * lang} parameter, else {@code cognito:default}.
     */
    static Look of(ClientRef client, @Nullable String query) {
      Branding branding = Branding.of(client.pool(), client.clientId());
      Map<String, String> q = query == null ? null : Forms.parse(query);
      String language = language(q == null ? null : q.get("lang"));
      return new Look(branding.css(), branding.logoPath(), branding.termsLink("terms-of-use", language),
          branding.termsLink("privacy-policy", language));
    }

    /** The terms language key of a managed login {@code lang} value such as {@code fr} or {@code pt-BR}. */
    private static String language(@Nullable String lang) {
      String name = lang == null ? "" : switch (lang) {
        case "en" -> "english";
        case "fr" -> "french";
        case "es" -> "spanish";
        case "de" -> "german";
        case "id" -> "bahasa-indonesia";
        case "it" -> "italian";
        case "ja" -> "japanese";
        case "ko" -> "korean";
        case "nl" -> "dutch";
        case "pt-BR" -> "portuguese-brazil";
        case "zh-CN" -> "chinese-simplified";
        case "zh-TW" -> "chinese-traditional";
        default -> "";
      };
      return name.isEmpty() ? "cognito:default" : "cognito:" + name;
    }
  }

  private static final String STYLE = "body{font-family:system-ui,sans-serif;background:#f4f4f4;margin:0}"
      + "main{max-width:22rem;margin:4rem auto;background:#fff;padding:1.5rem 2rem;border-radius:6px;"
      + "box-shadow:0 1px 4px rgba(0,0,0,.2)}h1{font-size:1.3rem}label{display:block;margin-top:.8rem}"
      + "input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:.5rem;margin-top:.2rem}"
      + "button{margin-top:1.2rem;width:100%;padding:.6rem;background:#2d7bd8;color:#fff;border:0;"
      + "border-radius:4px;font-size:1rem}.error{color:#b00020;background:#fde7ea;padding:.5rem;"
      + "border-radius:4px}.notice{color:#0a5c2b;background:#e6f4ea;padding:.5rem;border-radius:4px}.note{color:#555;font-size:.85rem}"
      + ".banner-customizable{text-align:center}.logo-customizable{max-width:100%;max-height:100px}"
      + "code{word-break:break-all}input[type=radio]{margin-right:.4rem}";

  private static final String LABEL = " class=\"label-customizable\"";
  private static final String INPUT = " class=\"inputField-customizable\"";
  private static final String BUTTON = " class=\"submitButton-customizable\"";
  private static final String LINK = " class=\"redirect-customizable\"";
  private static final String TEXT = " class=\"textDescription-customizable\"";

  private LoginPages() {}

  /** The sign-in page, whose form posts back to {@code /login} with the same query. */
  static String signIn(Look look, String query, String csrf, @Nullable String error, @Nullable String username) {
    return signIn(look, query, csrf, error, username, null);
  }

  /** The sign-in page with a notice above the form, such as the news of a password reset. */
  static String signIn(Look look, String query, String csrf, @Nullable String error, @Nullable String username,
      @Nullable String notice) {
    StringBuilder html = page(look, "Sign in");
    html.append("<h1").append(TEXT).append(">Sign in with your username and password</h1>\n");
    notice(html, notice);
    if (error != null) {
      html.append("<p class=\"error errorMessage-customizable\" id=\"loginErrorMessage\">").append(escape(error))
          .append("</p>\n");
    }
    html.append("<form name=\"cognitoSignInForm\" method=\"post\" action=\"/login?").append(escape(query))
        .append("\">\n<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf)).append("\">\n")
        .append("<label for=\"signInFormUsername\"").append(LABEL).append(">Username</label>\n")
        .append("<input id=\"signInFormUsername\" name=\"username\" type=\"text\"").append(INPUT)
        .append(" autocomplete=\"username\" autocapitalize=\"none\" required value=\"")
        .append(escape(username == null ? "" : username))
        .append("\">\n<label for=\"signInFormPassword\"").append(LABEL).append(">Password</label>\n")
        .append("<input id=\"signInFormPassword\" name=\"password\" type=\"password\"").append(INPUT)
        .append(" autocomplete=\"current-password\" required>\n")
        .append("<button type=\"submit\" name=\"signInSubmitButton\" value=\"Sign in\"").append(BUTTON)
        .append(">Sign in</button>\n</form>\n")
        .append("<p><a").append(LINK).append(" href=\"/forgotPassword?").append(escape(query))
        .append("\">Forgot your password?</a></p>\n")
        .append("<p").append(TEXT).append(">Need an account? <a").append(LINK).append(" href=\"/signup?")
        .append(escape(query)).append("\">Sign up</a></p>\n");
    return end(html);
  }

  /**
   * The sign-up page, posting to {@code /signup}: username, password and the given attributes,
   * named {@code requiredAttributes[name]} as on Cognito's classic pages. A client with terms
   * documents gets links to them under the form.
   */
  static String signUp(Look look, String query, String csrf, List<String> attributes, Map<String, String> values,
      String username, @Nullable String error) {
    StringBuilder html = page(look, "Sign up");
    html.append("<h1").append(TEXT).append(">Sign up with a new account</h1>\n");
    error(html, error);
    html.append("<form name=\"cognitoSignUpForm\" method=\"post\" action=\"/signup?").append(escape(query))
        .append("\">\n<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf)).append("\">\n")
        .append("<label for=\"username\"").append(LABEL).append(">Username</label>\n")
        .append("<input id=\"username\" name=\"username\" type=\"text\"").append(INPUT)
        .append(" autocomplete=\"username\" autocapitalize=\"none\" required value=\"").append(escape(username))
        .append("\">\n");
    for (String attribute : attributes) {
      String id = "requiredAttributes[" + attribute + "]";
      html.append("<label for=\"").append(escape(id)).append("\"").append(LABEL).append(">")
          .append(escape(label(attribute))).append("</label>\n<input id=\"").append(escape(id)).append("\" name=\"")
          .append(escape(id)).append("\" type=\"text\"").append(INPUT).append(" value=\"")
          .append(escape(values.getOrDefault(attribute, ""))).append("\">\n");
    }
    html.append("<label for=\"password\"").append(LABEL).append(">Password</label>\n")
        .append("<input id=\"password\" name=\"password\" type=\"password\"").append(INPUT)
        .append(" autocomplete=\"new-password\" required>\n");
    terms(html, look);
    html.append("<button type=\"submit\" name=\"signUpButton\" value=\"Sign up\"").append(BUTTON)
        .append(">Sign up</button>\n</form>\n<p").append(TEXT).append(">Already have an account? <a").append(LINK)
        .append(" href=\"/login?").append(escape(query)).append("\">Sign in</a></p>\n");
    return end(html);
  }

  /**
   * The consent line of the sign-up page when the client has terms documents: "By signing up, you
   * agree to" and links to those there are. The wording is assumed.
   */
  private static void terms(StringBuilder html, Look look) {
    if (look.termsOfUse() == null && look.privacyPolicy() == null) {
      return;
    }
    html.append("<p class=\"legalText-customizable\" id=\"termsText\">By signing up, you agree to ");
    if (look.termsOfUse() != null) {
      html.append("the <a href=\"").append(escape(look.termsOfUse()))
          .append("\" id=\"termsOfUseLink\" target=\"_blank\" rel=\"noopener\">Terms of Use</a>");
    }
    if (look.termsOfUse() != null && look.privacyPolicy() != null) {
      html.append(" and ");
    }
    if (look.privacyPolicy() != null) {
      html.append("the <a href=\"").append(escape(look.privacyPolicy()))
          .append("\" id=\"privacyPolicyLink\" target=\"_blank\" rel=\"noopener\">Privacy Policy</a>");
    }
    html.append(".</p>\n");
  }

  private static String label(String attribute) {
    return switch (attribute) {
      case "email" -> "Email";
      case "phone_number" -> "Phone number";
      default -> attribute;
    };
  }

  /** The page that asks for the sign-up code, posting to {@code /confirm}; it also resends the code. */
  static String confirm(Look look, String query, String csrf, String username, @Nullable String error,
      @Nullable String notice) {
    StringBuilder html = page(look, "Confirm account");
    html.append("<h1").append(TEXT).append(">Confirm your account</h1>\n<p").append(TEXT)
        .append(">We have sent a code to confirm the account ").append(escape(username))
        .append(". Enter it below.</p>\n");
    notice(html, notice);
    error(html, error);
    html.append("<form name=\"cognitoConfirmForm\" method=\"post\" action=\"/confirm?").append(escape(query))
        .append("&amp;username=").append(escape(ManagedLogin.encode(username)))
        .append("\">\n<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf)).append("\">\n")
        .append("<label for=\"code\"").append(LABEL).append(">Verification Code</label>\n")
        .append("<input id=\"code\" name=\"code\" type=\"text\"").append(INPUT).append(" inputmode=\"numeric\" ")
        .append("autocomplete=\"one-time-code\" required>\n")
        .append("<button type=\"submit\" name=\"confirm\" value=\"Confirm\"").append(BUTTON)
        .append(">Confirm Account</button>\n")
        .append("<button type=\"submit\" name=\"resend\" value=\"Resend\"").append(BUTTON)
        .append(" formnovalidate>Resend code</button>\n</form>\n");
    return end(html);
  }

  /** The page that asks whose password to reset, posting to {@code /forgotPassword}. */
  static String forgotPassword(Look look, String query, String csrf, String username, @Nullable String error) {
    StringBuilder html = page(look, "Forgot password");
    html.append("<h1").append(TEXT).append(">Forgot your password?</h1>\n<p").append(TEXT)
        .append(">Enter your username and we will send you a code to reset your password.</p>\n");
    error(html, error);
    html.append("<form name=\"cognitoForgotPasswordForm\" method=\"post\" action=\"/forgotPassword?")
        .append(escape(query)).append("\">\n<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf))
        .append("\">\n<label for=\"username\"").append(LABEL).append(">Username</label>\n")
        .append("<input id=\"username\" name=\"username\" type=\"text\"").append(INPUT)
        .append(" autocomplete=\"username\" autocapitalize=\"none\" required value=\"").append(escape(username))
        .append("\">\n<button type=\"submit\" name=\"reset_my_password\" value=\"Reset my password\"").append(BUTTON)
        .append(">Reset my password</button>\n</form>\n");
    return end(html);
  }

  /** The page that takes the reset code and the new password, posting to {@code /confirmForgotPassword}. */
  static String confirmForgotPassword(Look look, String query, String csrf, String username,
      @Nullable String error) {
    StringBuilder html = page(look, "Reset password");
    html.append("<h1").append(TEXT).append(">Reset your password</h1>\n<p").append(TEXT)
        .append(">We have sent a password reset code for ").append(escape(username))
        .append(". Enter it below to reset your password.</p>\n");
    error(html, error);
    html.append("<form name=\"cognitoConfirmForgotPasswordForm\" method=\"post\" ")
        .append("action=\"/confirmForgotPassword?").append(escape(query)).append("&amp;username=")
        .append(escape(ManagedLogin.encode(username)))
        .append("\">\n<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf)).append("\">\n")
        .append("<label for=\"code\"").append(LABEL).append(">Code</label>\n")
        .append("<input id=\"code\" name=\"code\" type=\"text\"").append(INPUT).append(" inputmode=\"numeric\" ")
        .append("autocomplete=\"one-time-code\" required>\n")
        .append("<label for=\"password\"").append(LABEL).append(">New Password</label>\n")
        .append("<input id=\"password\" name=\"password\" type=\"password\"").append(INPUT)
        .append(" autocomplete=\"new-password\" required>\n")
        .append("<button type=\"submit\" name=\"reset_password\" value=\"Change Password\"").append(BUTTON)
        .append(">Change Password</button>\n</form>\n");
    return end(html);
  }

  private static void error(StringBuilder html, @Nullable String error) {
    if (error != null) {
      html.append("<p class=\"error errorMessage-customizable\" id=\"errorMessage\">").append(escape(error))
          .append("</p>\n");
    }
  }

  private static void loginError(StringBuilder html, @Nullable String error) {
    if (error != null) {
      html.append("<p class=\"error errorMessage-customizable\" id=\"loginErrorMessage\">").append(escape(error))
          .append("</p>\n");
    }
  }

  private static void notice(StringBuilder html, @Nullable String notice) {
    if (notice != null) {
      html.append("<p class=\"notice\" id=\"noticeMessage\">").append(escape(notice)).append("</p>\n");
    }
  }

  /** The page that asks an invited user for a new password, posting back to {@code /login}. */
  static String newPassword(Look look, String query, String csrf, String session, String username,
      @Nullable String error) {
    StringBuilder html = page(look, "Change password");
    html.append("<h1").append(TEXT).append(">Change Password</h1>\n<p").append(TEXT)
        .append(">Please enter a new password.</p>\n");
    loginError(html, error);
    stepForm(html, "cognitoNewPasswordForm", query, csrf, session, username)
        .append("<label for=\"new_password\"").append(LABEL).append(">New Password</label>\n")
        .append("<input id=\"new_password\" name=\"new_password\" type=\"password\"").append(INPUT)
        .append(" autocomplete=\"new-password\" required>\n")
        .append("<button type=\"submit\" name=\"reset_password\" value=\"Send\"").append(BUTTON)
        .append(">Send</button>\n</form>\n");
    return end(html);
  }

  /**
   * The page that asks for an MFA code, posting back to {@code /login}; an SMS or email code's page
   * names the masked destination Cognito gave (CODE_DELIVERY_DESTINATION), kept in a hidden field
   * for the page's next showing.
   */
  static String mfaCode(Look look, String query, String csrf, String challenge, String session, String username,
      @Nullable String destination, @Nullable String error) {
    // Assumed wording.
    String prompt = switch (challenge) {
      case "SOFTWARE_TOKEN_MFA" -> "Enter the code from your authenticator app.";
      case "EMAIL_OTP" -> destination == null ? "We have sent a code by email. Enter it to sign in."
          : "We have sent a code by email to " + destination + ". Enter it to sign in.";
      default -> destination == null ? "We have sent a code by SMS. Enter it to sign in."
          : "We have sent a code by SMS to " + destination + ". Enter it to sign in.";
    };
    StringBuilder html = page(look, "Multi-factor authentication");
    html.append("<h1").append(TEXT).append(">Multi-factor authentication</h1>\n<p").append(TEXT)
        .append(" id=\"mfaDescription\">").append(escape(prompt)).append("</p>\n");
    loginError(html, error);
    stepForm(html, "cognitoMfaForm", query, csrf, session, username)
        .append("<input type=\"hidden\" name=\"challenge\" value=\"").append(escape(challenge)).append("\">\n");
    if (destination != null) {
      html.append("<input type=\"hidden\" name=\"destination\" value=\"").append(escape(destination)).append("\">\n");
    }
    html.append("<label for=\"mfa_code\"").append(LABEL).append(">Code</label>\n")
        .append("<input id=\"mfa_code\" name=\"mfa_code\" type=\"text\"").append(INPUT)
        .append(" inputmode=\"numeric\" autocomplete=\"one-time-code\" required>\n")
        .append("<button type=\"submit\" name=\"signInSubmitButton\" value=\"Sign in\"").append(BUTTON)
        .append(">Sign in</button>\n</form>\n");
    return end(html);
  }

  /**
   * The page of MFA_SETUP: the key of a new software token, as text and as an {@code otpauth://}
   * URI for authenticator apps, and a field for the app's first code, posting back to {@code /login}.
   * The key travels in a hidden field, so that a wrong code can show the page again.
   */
  static String mfaSetup(Look look, String query, String csrf, String session, String username, String secret,
      String otpauth, @Nullable String error) {
    StringBuilder html = page(look, "Set up multi-factor authentication");
    // Assumed wording.
    html.append("<h1").append(TEXT).append(">Set up multi-factor authentication</h1>\n<p").append(TEXT)
        .append(">Add this key to your authenticator app, then enter the code the app shows.</p>\n")
        .append("<p").append(TEXT).append(">Secret key: <code id=\"totpSecret\">").append(escape(secret))
        .append("</code></p>\n<p").append(TEXT).append(">Or open: <code id=\"totpUri\">").append(escape(otpauth))
        .append("</code></p>\n");
    loginError(html, error);
    stepForm(html, "cognitoMfaSetupForm", query, csrf, session, username)
        .append("<input type=\"hidden\" name=\"totp_secret\" value=\"").append(escape(secret)).append("\">\n")
        .append("<label for=\"totp_code\"").append(LABEL).append(">Code</label>\n")
        .append("<input id=\"totp_code\" name=\"totp_code\" type=\"text\"").append(INPUT)
        .append(" inputmode=\"numeric\" autocomplete=\"one-time-code\" required>\n")
        .append("<button type=\"submit\" name=\"signInSubmitButton\" value=\"Sign in\"").append(BUTTON)
        .append(">Sign in</button>\n</form>\n");
    return end(html);
  }

  /**
   * The page of SELECT_MFA_TYPE: one choice per factor Cognito offers, posting back to {@code
   * /login}; the choices travel in a hidden field, so that a refused choice can show the page again.
   */
  static String selectMfa(Look look, String query, String csrf, String session, String username,
      List<String> choices, @Nullable String error) {
    StringBuilder html = page(look, "Multi-factor authentication");
    // Assumed wording.
    html.append("<h1").append(TEXT).append(">Multi-factor authentication</h1>\n<p").append(TEXT)
        .append(">Choose how to receive your sign-in code.</p>\n");
    loginError(html, error);
    stepForm(html, "cognitoSelectMfaForm", query, csrf, session, username)
        .append("<input type=\"hidden\" name=\"mfa_choices\" value=\"").append(escape(String.join(",", choices)))
        .append("\">\n");
    boolean first = true;
    for (String choice : choices) {
      String id = "mfa_type_" + choice;
      html.append("<label for=\"").append(escape(id)).append("\"").append(LABEL).append("><input id=\"")
          .append(escape(id)).append("\" name=\"mfa_type\" type=\"radio\" value=\"").append(escape(choice))
          .append("\"").append(first ? " checked" : "").append(">").append(escape(factorLabel(choice)))
          .append("</label>\n");
      first = false;
    }
    html.append("<button type=\"submit\" name=\"signInSubmitButton\" value=\"Continue\"").append(BUTTON)
        .append(">Continue</button>\n</form>\n");
    return end(html);
  }

  private static String factorLabel(String challenge) {
    return switch (challenge) {
      case "SMS_MFA" -> "Text message (SMS)";
      case "SOFTWARE_TOKEN_MFA" -> "Authenticator app";
      case "EMAIL_OTP" -> "Email";
      default -> challenge;
    };
  }

  /** Opens the form of a sign-in step, with the step's session and the username as hidden fields. */
  private static StringBuilder stepForm(StringBuilder html, String name, String query, String csrf, String session,
      String username) {
    return html.append("<form name=\"").append(name).append("\" method=\"post\" action=\"/login?")
        .append(escape(query)).append("\">\n<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf))
        .append("\">\n<input type=\"hidden\" name=\"session\" value=\"").append(escape(session)).append("\">\n")
        .append("<input type=\"hidden\" name=\"username\" value=\"").append(escape(username)).append("\">\n");
  }

  /** A page that says what went wrong and offers nothing further. */
  static String message(String title, String text) {
    return message(Look.NONE, title, text);
  }

  /** A page that says what went wrong, in the look of a known client. */
  static String message(Look look, String title, String text) {
    StringBuilder html = page(look, title);
    html.append("<h1").append(TEXT).append(">").append(escape(title))
        .append("</h1>\n<p class=\"error errorMessage-customizable\">").append(escape(text)).append("</p>\n");
    return end(html);
  }

  /**
   * The buttons that start sign-in through the client's external identity providers, as links to
   * {@code /oauth2/authorize} with the query and {@code identity_provider}; social providers read
   * "Continue with ...", the others are listed under "Sign in with your corporate ID".
   *
   * @param providers provider name to provider type, in the client's order
   */
  static String providerButtons(String query, Map<String, String> providers) {
    StringBuilder html = new StringBuilder("<section id=\"identityProviders\">\n");
    boolean corporate = false;
    for (Map.Entry<String, String> provider : providers.entrySet()) {
      String type = provider.getValue();
      boolean social = !type.equals("OIDC") && !type.equals("SAML");
      if (!social && !corporate) {
        html.append("<p>Sign in with your corporate ID</p>\n");
        corporate = true;
      }
      String label = social ? "Continue with " + (type.equals("LoginWithAmazon") ? "Amazon"
          : type.equals("SignInWithApple") ? "Apple" : type) : provider.getKey();
      html.append("<p><a class=\"idpButton idpButton-customizable\" name=\"").append(escape(provider.getKey()))
          .append("\" href=\"/oauth2/authorize?").append(escape(query)).append(query.isEmpty() ? "" : "&amp;")
          .append("identity_provider=").append(escape(ManagedLogin.encode(provider.getKey()))).append("\">")
          .append(escape(label)).append("</a></p>\n");
    }
    return html.append("</section>\n").toString();
  }

  /**
   * The corporate e-mail field: a form that goes to {@code /oauth2/authorize} with the query and
   * the address as {@code idp_identifier}, which picks the provider whose IdP identifier is the
   * address's domain.
   */
  static String corporateEmail(String query) {
    StringBuilder html = new StringBuilder("<form method=\"get\" name=\"idpIdentifierForm\" action=\"")
        .append(ManagedLogin.AUTHORIZE).append("\">\n");
    Map<String, String> parameters = Forms.parse(query);
    if (parameters != null) {
      parameters.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"").append(escape(name))
          .append("\" value=\"").append(escape(value)).append("\">\n"));
    }
    return html.append("<label for=\"idp_identifier\">Sign in with your corporate email</label>\n")
        .append("<input id=\"idp_identifier\" name=\"idp_identifier\" type=\"email\" ")
        .append("placeholder=\"name@host.com\" autocomplete=\"email\" required>\n")
        .append("<button type=\"submit\" name=\"idpIdentifierSubmit\">Sign in</button>\n</form>\n").toString();
  }

  /** A page with the provider buttons first, before what {@code page} shows. */
  static String withProviderButtons(String page, String buttons) {
    String banner = "<div class=\"banner-customizable\">";
    int start = page.indexOf(banner);
    int end = start < 0 ? -1 : page.indexOf("</div>\n", start);
    return end < 0 ? page : page.substring(0, end + 7) + buttons + page.substring(end + 7);
  }

  /** The sign-in page of a client whose users sign in only through external identity providers. */
  static String providersOnly(Look look, String buttons) {
    StringBuilder html = page(look, "Sign in");
    html.append("<h1>Sign in</h1>\n").append(buttons);
    return end(html);
  }

  private static StringBuilder page(Look look, String title) {
    StringBuilder html = new StringBuilder(2048)
        .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(escape(title)).append("</title>\n<style>").append(STYLE).append("</style>\n");
    if (look.css() != null) {
      // No rule can close the style element: "<" never starts markup inside it.
      html.append("<style id=\"customized\">\n").append(look.css().replace("<", "\\3c ")).append("\n</style>\n");
    }
    html.append("</head>\n<body>\n<main class=\"background-customizable\">\n<div class=\"banner-customizable\">");
    if (look.logo() != null) {
      html.append("<img class=\"logo-customizable\" alt=\"logo\" src=\"").append(escape(look.logo())).append("\">");
    }
    return html.append("</div>\n");
  }

  private static String end(StringBuilder html) {
    return html.append("<p class=\"note\">Served by fake-cognito.</p>\n</main>\n</body>\n</html>\n").toString();
  }

  static String escape(String text) {
    return AutoPostPage.escape(text);
  }
}
