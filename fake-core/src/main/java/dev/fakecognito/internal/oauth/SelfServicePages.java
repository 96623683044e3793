package dev.fakecognito.internal.oauth;

import dev.fakecognito.internal.Backend;
import dev.fakecognito.internal.Backend.ClientRef;
import dev.fakecognito.internal.auth.HostedSignIn;
import dev.fakecognito.internal.oauth.WebExchange.Reply;
import dev.fakecognito.internal.oauth.WebExchange.Request;
import dev.fakecognito.internal.users.SecretHashes;
import dev.fakecognito.internal.users.SignUpOperations;
import dev.fakecognito.internal.util.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * Managed login's sign-up, confirmation and password reset pages: {@code GET|POST /signup},
 * {@code /confirm}, {@code /forgotPassword} and {@code /confirmForgotPassword}, each with the
 * authorize query (the last two pages add {@code username}). They run the same code as SignUp,
 * ConfirmSignUp, ResendConfirmationCode, ForgotPassword and ConfirmForgotPassword, with the
 * browser's IP address, and show Cognito's message when a call fails.
 *
 * <p>A sign-up that needs confirming keeps the typed password for an hour under a cookie, so that
 * the confirmation can sign the user in as Cognito's pages do; without it, or once it expired, a
 * confirmed user is sent to the sign-in page.
 */
final class SelfServicePages {

  static final String SIGN_UP = "/signup";
  static final String CONFIRM = "/confirm";
  static final String FORGOT_PASSWORD = "/forgotPassword";
  static final String CONFIRM_FORGOT_PASSWORD = "/confirmForgotPassword";

  private static final String SIGN_UP_COOKIE = "cognito-signup";
  private static final Duration PENDING_VALIDITY = Duration.ofHours(1);

  /**
   * What a posted form leads to: a page or redirect to answer with, or a sign-in to go on with.
   */
  record Outcome(@Nullable Reply reply, HostedSignIn.@Nullable Result signIn, String username) {
    static Outcome answer(Reply reply) {
      return new Outcome(reply, null, "");
    }
  }

  /** A sign-up waiting for its confirmation, with the password to sign in with afterwards. */
  private record Pending(String clientId, String username, String password, Instant expiresAt) {}

  private final Backend backend;
  private final HostedSignIn signIn;
  private final SignUpOperations operations;
  private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();

  SelfServicePages(Backend backend, HostedSignIn signIn) {
    this.backend = backend;
    this.signIn = signIn;
    this.operations = new SignUpOperations(backend);
  }

  /** The query without the {@code username} the confirmation pages add: the authorize query. */
  static String authorizeQuery(String query) {
    StringJoiner kept = new StringJoiner("&");
    for (String pair : query.split("&", -1)) {
      if (!pair.isEmpty() && !pair.equals("username") && !pair.startsWith("username=")) {
        kept.add(pair);
      }
    }
    return kept.toString();
  }

  private static @Nullable String username(Request request) {
    Map<String, String> q = Forms.parse(request.query());
    String username = q == null ? null : q.get("username");
    return username == null || username.isEmpty() ? null : username;
  }

  /** Answers a GET of one of the pages. */
  Reply page(Request request, String query, ClientRef client, String csrf) {
    String username = username(request);
    return switch (request.path()) {
      case SIGN_UP -> Reply.html(200, LoginPages.signUp(look(client, query), query, csrf, fields(client), Map.of(),
          "", null));
      case CONFIRM -> username == null ? Reply.redirect(SIGN_UP + "?" + query)
          : Reply.html(200, LoginPages.confirm(look(client, query), query, csrf, username, null, null));
      case FORGOT_PASSWORD -> Reply.html(200, LoginPages.forgotPassword(look(client, query), query, csrf, "", null));
      default -> username == null ? Reply.redirect(FORGOT_PASSWORD + "?" + query)
          : Reply.html(200, LoginPages.confirmForgotPassword(look(client, query), query, csrf, username, null));
    };
  }

  /** Answers a POST of one of the pages, whose CSRF token has been checked. */
  Outcome post(Request request, String query, ClientRef client, String csrf, Map<String, String> form) {
    String ip = request.clientIp();
    return switch (request.path()) {
      case SIGN_UP -> signUp(query, client, csrf, form, ip);
      case CONFIRM -> confirm(request, query, client, csrf, form, ip);
      case FORGOT_PASSWORD -> forgotPassword(query, client, csrf, form, ip);
      default -> confirmForgotPassword(request, query, client, csrf, form, ip);
    };
  }

  /**
   * The attributes the sign-up form asks for: the pool's required ones, and an email address or
   * phone number the pool verifies, where the code goes.
   */
  private static List<String> fields(ClientRef client) {
    List<String> fields = new ArrayList<>();
    for (SchemaAttributeType type : client.pool().config().schemaAttributes()) {
      if (Boolean.TRUE.equals(type.required()) && !type.name().equals("sub")) {
        fields.add(type.name());
      }
    }
    List<VerifiedAttributeType> verified = client.pool().config().autoVerifiedAttributes();
    if (verified.contains(VerifiedAttributeType.EMAIL) && !fields.contains("email")) {
      fields.add("email");
    }
    if (verified.contains(VerifiedAttributeType.PHONE_NUMBER) && !fields.contains("phone_number")) {
      fields.add("phone_number");
    }
    return fields;
  }

  private Outcome signUp(String query, ClientRef client, String csrf, Map<String, String> form, String ip) {
    String username = form.getOrDefault("username", "").trim();
    String password = form.getOrDefault("password", "");
    List<String> fields = fields(client);
    Map<String, String> values = new LinkedHashMap<>();
    List<AttributeType> attributes = new ArrayList<>();
    for (String name : fields) {
      String value = form.getOrDefault("requiredAttributes[" + name + "]", "").trim();
      values.put(name, value);
      if (!value.isEmpty()) {
        attributes.add(AttributeType.builder().name(name).value(value).build());
      }
    }
    SignUpResponse response;
    try {
      response = operations.signUp(SignUpRequest.builder().clientId(client.clientId()).username(username)
          .password(password).userAttributes(attributes).secretHash(secretHash(client, username)).build(), ip);
    } catch (CognitoIdentityProviderException e) {
      return Outcome.answer(Reply.html(200, LoginPages.signUp(look(client, query), query, csrf, fields, values,
          username, e.awsErrorDetails().errorMessage())));
    }
    if (Boolean.TRUE.equals(response.userConfirmed())) {
      return signInAfter(query, client, username, password, ip);
    }
    Instant now = backend.clock().instant();
    forgetExpired(now);
    String token = Ids.uuid();
    pending.put(token, new Pending(client.clientId(), username, password, now.plus(PENDING_VALIDITY)));
    return Outcome.answer(Reply.redirect(CONFIRM + "?" + query + "&username=" + ManagedLogin.encode(username))
        .cookie(SIGN_UP_COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Lax"));
  }

  private Outcome confirm(Request request, String query, ClientRef client, String csrf, Map<String, String> form,
      String ip) {
    String username = username(request);
    if (username == null) {
      return Outcome.answer(Reply.redirect(SIGN_UP + "?" + query));
    }
    if (form.containsKey("resend")) {
      try {
        operations.resendConfirmationCode(ResendConfirmationCodeRequest.builder().clientId(client.clientId())
            .username(username).secretHash(secretHash(client, username)).build(), ip);
      } catch (CognitoIdentityProviderException e) {
        return Outcome.answer(Reply.html(200, LoginPages.confirm(look(client, query), query, csrf, username,
            e.awsErrorDetails().errorMessage(), null)));
      }
      // Assumed wording.
      return Outcome.answer(Reply.html(200, LoginPages.confirm(look(client, query), query, csrf, username, null,
          "A new code has been sent.")));
    }
    String code = form.getOrDefault("code", "").trim();
    try {
      operations.confirmSignUp(ConfirmSignUpRequest.builder().clientId(client.clientId()).username(username)
          .confirmationCode(code).secretHash(secretHash(client, username)).build(), ip);
    } catch (CognitoIdentityProviderException e) {
      return Outcome.answer(Reply.html(200, LoginPages.confirm(look(client, query), query, csrf, username,
          e.awsErrorDetails().errorMessage(), null)));
    }
    String token = request.cookie(SIGN_UP_COOKIE);
    Pending signUp = token == null ? null : pending.remove(token);
    if (signUp == null || !signUp.clientId().equals(client.clientId()) || !signUp.username().equals(username)
        || !backend.clock().instant().isBefore(signUp.expiresAt())) {
      return Outcome.answer(Reply.redirect(ManagedLogin.LOGIN + "?" + query));
    }
    return signInAfter(query, client, username, signUp.password(), ip);
  }

  /** Signs a newly confirmed user in, or sends the browser to the sign-in page if that fails. */
  private Outcome signInAfter(String query, ClientRef client, String username, String password, String ip) {
    try {
      return new Outcome(null, signIn.signIn(client, username, password, ip, null), username);
    } catch (CognitoIdentityProviderException | UnsupportedOperationException e) {
      return Outcome.answer(Reply.redirect(ManagedLogin.LOGIN + "?" + query));
    }
  }

  private Outcome forgotPassword(String query, ClientRef client, String csrf, Map<String, String> form, String ip) {
    String username = form.getOrDefault("username", "").trim();
    try {
      operations.forgotPassword(ForgotPasswordRequest.builder().clientId(client.clientId()).username(username)
          .secretHash(secretHash(client, username)).build(), ip);
    } catch (CognitoIdentityProviderException e) {
      return Outcome.answer(Reply.html(200, LoginPages.forgotPassword(look(client, query), query, csrf, username,
          e.awsErrorDetails().errorMessage())));
    }
    return Outcome.answer(Reply.redirect(CONFIRM_FORGOT_PASSWORD + "?" + query + "&username="
        + ManagedLogin.encode(username)));
  }

  private Outcome confirmForgotPassword(Request request, String query, ClientRef client, String csrf,
      Map<String, String> form, String ip) {
    String username = username(request);
    if (username == null) {
      return Outcome.answer(Reply.redirect(FORGOT_PASSWORD + "?" + query));
    }
    try {
      operations.confirmForgotPassword(ConfirmForgotPasswordRequest.builder().clientId(client.clientId())
          .username(username).confirmationCode(form.getOrDefault("code", "").trim())
          .password(form.getOrDefault("password", "")).secretHash(secretHash(client, username)).build(), ip);
    } catch (CognitoIdentityProviderException e) {
      return Outcome.answer(Reply.html(200, LoginPages.confirmForgotPassword(look(client, query), query, csrf, username,
          e.awsErrorDetails().errorMessage())));
    }
    // Assumed wording of the notice on the sign-in page.
    return Outcome.answer(Reply.html(200, LoginPages.signIn(look(client, query), query, csrf, null, username,
        "Your password has been reset. Sign in with your new password.")));
  }

  /** The pages' look: the client's branding and terms. */
  private static LoginPages.Look look(ClientRef client, String query) {
    return LoginPages.Look.of(client, query);
  }

  /** The SECRET_HASH the pages send for a client with a secret, since they hold the secret. */
  private static @Nullable String secretHash(ClientRef client, String username) {
    return client.secrets().isEmpty() ? null
        : SecretHashes.compute(client.secrets().get(0), username, client.clientId());
  }

  /** Drops sign-ups whose wait for confirmation has expired. */
  void forgetExpired(Instant now) {
    pending.values().removeIf(signUp -> !now.isBefore(signUp.expiresAt()));
  }
}
