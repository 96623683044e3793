package dev.fakecognito.samples.spring;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/** An API that accepts the access tokens of one Cognito user pool. */
@SpringBootApplication
public class ResourceServerApplication {

  public static void main(String[] args) {
    SpringApplication.run(ResourceServerApplication.class, args);
  }

  /** Admin endpoints need the group "admins"; application.properties maps cognito:groups to roles. */
  @Bean
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/api/admin/**").hasRole("admins")
            .anyRequest().authenticated())
        .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
        .build();
  }

  /** The time tokens expire against. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * Checks tokens as Boot does for issuer-uri (the issuer's keys, its name, expiry), with expiry
   * against the {@link Clock} bean.
   */
  @Bean
  JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer, Clock clock) {
    JwtTimestampValidator expiry = new JwtTimestampValidator();
    expiry.setClock(clock);
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
    decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(expiry, new JwtIssuerValidator(issuer)));
    return decoder;
  }
}
