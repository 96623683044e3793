package dev.fakecognito.samples.spring;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ApiController {

  /** Who the caller is, from the access token. */
  record Me(String username, String sub) {}

  @GetMapping("/api/me")
  Me me(@AuthenticationPrincipal Jwt token) {
    return new Me(token.getClaimAsString("username"), token.getSubject());
  }

  @GetMapping("/api/admin/groups")
  List<String> groups(@AuthenticationPrincipal Jwt token) {
    return token.getClaimAsStringList("cognito:groups");
  }
}
