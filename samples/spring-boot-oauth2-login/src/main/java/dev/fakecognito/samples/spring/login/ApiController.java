package dev.fakecognito.samples.spring.login;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ApiController {

  /** Who called, from the access token: a client_credentials token names the app client. */
  record Caller(String clientId, String scope) {}

  @GetMapping("/api/caller")
  Caller caller(@AuthenticationPrincipal Jwt token) {
    return new Caller(token.getClaimAsString("client_id"), token.getClaimAsString("scope"));
  }
}
