package dev.fakecognito.samples.spring.login;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestClient;

/**
 * A web app whose users sign in through a Cognito user pool's managed login, and which serves an
 * API under {@code /api} that takes the pool's access tokens with the scope {@value #API_SCOPE}. As a
 * service it calls such an API with a token of its own, from the client_credentials grant.
 *
 * <p>Users sign in with the pool's own passwords or through an external identity provider of the
 * pool (such as an OpenID Connect provider) that the app client supports: managed login shows a
 * button for each. The app needs nothing more for them; it gets the pool's tokens either way.
 */
@SpringBootApplication
public class OAuth2LoginApplication {

  /** The custom scope of the pool's resource server that the API asks for. */
  public static final String API_SCOPE = "sample-api/read";

  public static void main(String[] args) {
    SpringApplication.run(OAuth2LoginApplication.class, args);
  }

  /** The API: stateless, access tokens of the pool with the API's scope. */
  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    return http
        .securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority("SCOPE_" + API_SCOPE))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
        .build();
  }

  /** The pages: a signed-in user, who signs in through the pool's managed login. */
  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .oauth2Login(Customizer.withDefaults())
        .build();
  }

  /**
   * Gets and keeps the app's own tokens (client_credentials), outside any user's request; Spring's
   * default manager works only within one.
   */
  @Bean
  OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
      OAuth2AuthorizedClientService authorizedClients) {
    AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
        new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
    manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
    return manager;
  }

  /** Calls APIs with the access token of client registration {@code service}. */
  @Bean
  RestClient serviceRestClient(RestClient.Builder builder, OAuth2AuthorizedClientManager authorizedClientManager) {
    OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(authorizedClientManager);
    bearer.setClientRegistrationIdResolver(request -> "service");
    return builder.requestInterceptor(bearer).build();
  }
}
