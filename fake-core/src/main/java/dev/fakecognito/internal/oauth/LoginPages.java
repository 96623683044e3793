package dev.fakecognito.internal.oauth;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The HTML of managed login's pages: plain server-rendered forms with a small inline stylesheet,
 * usable without JavaScript. The sign-in form keeps the field names and ids of Cognito's classic
 * hosted UI ({@code username}, {@code password}, {@code _csrf}; {@code signInFormUsername}, {@code
 * signInFormPassword}), which scripts that drive the real pages look for.
 */
final class LoginPages {

  private static final String STYLE = "body{font-family:system-ui,sans-serif;background:#f4f4f4;margin:0}"
      + "main{max-width:22rem;margin:4rem auto;background:#fff;padding:1.5rem 2rem;border-radius:6px;"
      + "box-shadow:0 1px 4px rgba(0,0,0,.2)}h1{font-size:1.3rem}label{display:block;margin-top:.8rem}"
      + "input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:.5rem;margin-top:.2rem}"
      + "button{margin-top:1.2rem;width:100%;padding:.6rem;background:#2d7bd8;color:#fff;border:0;"
      + "border-radius:4px;font-size:1rem}.error{color:#b00020;background:#fde7ea;padding:.5rem;"
      + "border-radius:4px}.notice{color:#0a5c2b;background:#e6f4ea;padding:.5rem;border-radius:4px}.note{color:#555;font-size:.85rem}";

  private LoginPages() {}

  /** The sign-in page, whose form posts back to {@code /login} with the same query. */
  static String signIn(String query, String csrf, @Nullable String error, @Nullable String username) {
    return signIn(query, csrf, error, username, null);
  }

  /** The sign-in page with a notice above the form, such as the news of a password reset. */
  static String signIn(String query, String csrf, @Nullable String error, @Nullable String username,
      @Nullable String notice) {
    StringBuilder html = page("Sign in");
    html.append("<h1>Sign in with your username and password</h1>\n");
    notice(html, notice);
    if (error != null) {
      html.append("<p class=\"error\" id=\"loginErrorMessage\">").append(escape(error)).append("</p>\n");
    }
    html.append("<form name=\"cognitoSignInForm\" method=\"post\" action=\"/login?").append(escape(query))
        .append("\">\n<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf)).append("\">\n")
        .append("<label for=\"signInFormUsername\">Username</label>\n")
        .append("<input id=\"signInFormUsername\" name=\"username\" type=\"text\" autocomplete=\"username\" ")
        .append("autocapitalize=\"none\" required value=\"").append(escape(username == null ? "" : username))
        .append("\">\n<label for=\"signInFormPassword\">Password</label>\n")
        .append("<input id=\"signInFormPassword\" name=\"password\" type=\"password\" ")
        .append("autocomplete=\"current-password\" required>\n")
        .append("<button type=\"submit\" name=\"signInSubmitButton\" value=\"Sign in\">Sign in</button>\n</form>\n")
        .append("<p><a href=\"/forgotPassword?").append(escape(query)).append("\">Forgot your password?</a></p>\n")
        .append("<p>Need an account? <a href=\"/signup?").append(escape(query)).append("\">Sign up</a></p>\n");
    return end(html);
  }

  /**
   * The sign-up page, posting to {@code /signup}: username, password and the given attributes,
   * named {@code requiredAttributes[name]} as on Cognito's classic pages.
   */
  static String signUp(String query, String csrf, List<String> attributes, Map<String, String> values,
      String username, @Nullable String error) {
    StringBuilder html = page("Sign up");
    html.append("<h1>Sign up with a new account</h1>\n");
    error(html, error);
    html.append("<form name=\"cognitoSignUpForm\" method=\"post\" action=\"/signup?").append(escape(query))
        .append("\">\n<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf)).append("\">\n")
        .append("<label for=\"username\">Username</label>\n")
        .append("<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" ")
        .append("autocapitalize=\"none\" required value=\"").append(escape(username)).append("\">\n");
    for (String attribute : attributes) {
      String id = "requiredAttributes[" + attribute + "]";
      html.append("<label for=\"").append(escape(id)).append("\">").append(escape(label(attribute)))
          .append("</label>\n<input id=\"").append(escape(id)).append("\" name=\"").append(escape(id))
          .append("\" type=\"text\" value=\"").append(escape(values.getOrDefault(attribute, ""))).append("\">\n");
    }
    html.append("<label for=\"password\">Password</label>\n")
        .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"new-password\" ")
        .append("required>\n<button type=\"submit\" name=\"signUpButton\" value=\"Sign up\">Sign up</button>\n")
        .append("</form>\n<p>Already have an account? <a href=\"/login?").append(escape(query))
        .append("\">Sign in</a></p>\n");
    return end(html);
  }

  private static String label(String attribute) {
    return switch (attribute) {
      case "email" -> "Email";
      case "phone_number" -> "Phone number";
      default -> attribute;
    };
  }

  /** The page that asks for the sign-up code, posting to {@code /confirm}; it also resends the code. */
  static String confirm(String query, String csrf, String username, @Nullable String error, @Nullable String notice) {
    StringBuilder html = page("Confirm account");
    html.append("<h1>Confirm your account</h1>\n<p>We have sent a code to confirm the account ")
        .append(escape(username)).append(". Enter it below.</p>\n");
    notice(html, notice);
    error(html, error);
    html.append("<form name=\"cognitoConfirmForm\" method=\"post\" action=\"/confirm?").append(escape(query))
        .append("&amp;username=").append(escape(ManagedLogin.encode(username)))
        .append("\">\n<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf)).append("\">\n")
        .append("<label for=\"code\">Verification Code</label>\n")
        .append("<input id=\"code\" name=\"code\" type=\"text\" inputmode=\"numeric\" ")
        .append("autocomplete=\"one-time-code\" required>\n")
        .append("<button type=\"submit\" name=\"confirm\" value=\"Confirm\">Confirm Account</button>\n")
        .append("<button type=\"submit\" name=\"resend\" value=\"Resend\" formnovalidate>Resend code</button>\n")
        .append("</form>\n");
    return end(html);
  }

  /** The page that asks whose password to reset, posting to {@code /forgotPassword}. */
  static String forgotPassword(String query, String csrf, String username, @Nullable String error) {
    StringBuilder html = page("Forgot password");
    html.append("<h1>Forgot your password?</h1>\n<p>Enter your username and we will send you a code to reset ")
        .append("your password.</p>\n");
    error(html, error);
    html.append("<form name=\"cognitoForgotPasswordForm\" method=\"post\" action=\"/forgotPassword?")
        .append(escape(query)).append("\">\n<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf))
        .append("\">\n<label for=\"username\">Username</label>\n")
        .append("<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" ")
        .append("autocapitalize=\"none\" required value=\"").append(escape(username)).append("\">\n")
        .append("<button type=\"submit\" name=\"reset_my_password\" value=\"Reset my password\">")
        .append("Reset my password</button>\n</form>\n");
    return end(html);
  }

  /** The page that takes the reset code and the new password, posting to {@code /confirmForgotPassword}. */
  static String confirmForgotPassword(String query, String csrf, String username, @Nullable String error) {
    StringBuilder html = page("Reset password");
    html.append("<h1>Reset your password</h1>\n<p>We have sent a password reset code for ")
        .append(escape(username)).append(". Enter it below to reset your password.</p>\n");
    error(html, error);
    html.append("<form name=\"cognitoConfirmForgotPasswordForm\" method=\"post\" ")
        .append("action=\"/confirmForgotPassword?").append(escape(query)).append("&amp;username=")
        .append(escape(ManagedLogin.encode(username)))
        .append("\">\n<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf)).append("\">\n")
        .append("<label for=\"code\">Code</label>\n")
        .append("<input id=\"code\" name=\"code\" type=\"text\" inputmode=\"numeric\" ")
        .append("autocomplete=\"one-time-code\" required>\n")
        .append("<label for=\"password\">New Password</label>\n")
        .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"new-password\" ")
        .append("required>\n<button type=\"submit\" name=\"reset_password\" value=\"Change Password\">")
        .append("Change Password</button>\n</form>\n");
    return end(html);
  }

  private static void error(StringBuilder html, @Nullable String error) {
    if (error != null) {
      html.append("<p class=\"error\" id=\"errorMessage\">").append(escape(error)).append("</p>\n");
    }
  }

  private static void notice(StringBuilder html, @Nullable String notice) {
    if (notice != null) {
      html.append("<p class=\"notice\" id=\"noticeMessage\">").append(escape(notice)).append("</p>\n");
    }
  }

  /** The page that asks an invited user for a new password, posting back to {@code /login}. */
  static String newPassword(String query, String csrf, String session, String username, @Nullable String error) {
    StringBuilder html = page("Change password");
    html.append("<h1>Change Password</h1>\n<p>Please enter a new password.</p>\n");
    if (error != null) {
      html.append("<p class=\"error\" id=\"loginErrorMessage\">").append(escape(error)).append("</p>\n");
    }
    html.append("<form name=\"cognitoNewPasswordForm\" method=\"post\" action=\"/login?").append(escape(query))
        .append("\">\n<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf)).append("\">\n")
        .append("<input type=\"hidden\" name=\"session\" value=\"").append(escape(session)).append("\">\n")
        .append("<input type=\"hidden\" name=\"username\" value=\"").append(escape(username)).append("\">\n")
        .append("<label for=\"new_password\">New Password</label>\n")
        .append("<input id=\"new_password\" name=\"new_password\" type=\"password\" ")
        .append("autocomplete=\"new-password\" required>\n")
        .append("<button type=\"submit\" name=\"reset_password\" value=\"Send\">Send</button>\n</form>\n");
    return end(html);
  }

  /** The page that asks for an MFA code, posting back to {@code /login}. */
  static String mfaCode(String query, String csrf, String challenge, String session, String username,
      @Nullable String error) {
    String prompt = switch (challenge) {
      case "SOFTWARE_TOKEN_MFA" -> "Enter the code from your authenticator app.";
      case "EMAIL_OTP" -> "We have sent a code by email. Enter it to sign in.";
      default -> "We have sent a code by SMS. Enter it to sign in.";
    };
    StringBuilder html = page("Multi-factor authentication");
    html.append("<h1>Multi-factor authentication</h1>\n<p>").append(escape(prompt)).append("</p>\n");
    if (error != null) {
      html.append("<p class=\"error\" id=\"loginErrorMessage\">").append(escape(error)).append("</p>\n");
    }
    html.append("<form name=\"cognitoMfaForm\" method=\"post\" action=\"/login?").append(escape(query))
        .append("\">\n<input type=\"hidden\" name=\"_csrf\" value=\"").append(escape(csrf)).append("\">\n")
        .append("<input type=\"hidden\" name=\"challenge\" value=\"").append(escape(challenge)).append("\">\n")
        .append("<input type=\"hidden\" name=\"session\" value=\"").append(escape(session)).append("\">\n")
        .append("<input type=\"hidden\" name=\"username\" value=\"").append(escape(username)).append("\">\n")
        .append("<label for=\"mfa_code\">Code</label>\n")
        .append("<input id=\"mfa_code\" name=\"mfa_code\" type=\"text\" inputmode=\"numeric\" ")
        .append("autocomplete=\"one-time-code\" required>\n")
        .append("<button type=\"submit\" name=\"signInSubmitButton\" value=\"Sign in\">Sign in</button>\n")
        .append("</form>\n");
    return end(html);
  }

  /** A page that says what went wrong and offers nothing further. */
  static String message(String title, String text) {
    StringBuilder html = page(title);
    html.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"error\">").append(escape(text))
        .append("</p>\n");
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
      html.append("<p><a class=\"idpButton\" name=\"").append(escape(provider.getKey()))
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
    int main = page.indexOf("<main>\n");
    return main < 0 ? page : page.substring(0, main + 7) + buttons + page.substring(main + 7);
  }

  /** The sign-in page of a client whose users sign in only through external identity providers. */
  static String providersOnly(String buttons) {
    StringBuilder html = page("Sign in");
    html.append("<h1>Sign in</h1>\n").append(buttons);
    return end(html);
  }

  private static StringBuilder page(String title) {
    return new StringBuilder(2048).append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(escape(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
  }

  private static String end(StringBuilder html) {
    return html.append("<p class=\"note\">Served by fake-cognito.</p>\n</main>\n</body>\n</html>\n").toString();
  }

  static String escape(String text) {
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
