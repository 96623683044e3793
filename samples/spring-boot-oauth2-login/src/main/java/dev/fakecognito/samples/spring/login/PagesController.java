package dev.fakecognito.samples.spring.login;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

@RestController
class PagesController {

  /** The home page, for a user signed in through managed login, with a password or an identity provider. */
  @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
  String home(@AuthenticationPrincipal OidcUser user) {
    return "<!DOCTYPE html><html><head><title>Home</title></head><body><p id=\"user\">Signed in as "
        + HtmlUtils.htmlEscape(user.getEmail()) + "</p></body></html>";
  }
}
