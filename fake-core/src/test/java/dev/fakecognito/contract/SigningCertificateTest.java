package dev.fakecognito.contract;

import static dev.fakecognito.testing.Fixtures.assertCognitoError;
import static dev.fakecognito.testing.Fixtures.fake;
import static dev.fakecognito.testing.Fixtures.pool;
import static dev.fakecognito.testing.Transport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.fakecognito.FakeCognito;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;

class SigningCertificateTest {

  private final FakeCognito fake = fake();
  private final CognitoIdentityProviderClient cognito = clientFor(fake);
  private final String poolId = pool(cognito);

  private X509Certificate certificate(String userPoolId) throws Exception {
    String encoded = cognito.getSigningCertificate(r -> r.userPoolId(userPoolId)).certificate();
    assertThat(encoded).doesNotContain("-----BEGIN").doesNotContainAnyWhitespaces();
    return (X509Certificate) CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)));
  }

  @Test
  void certificate_is_self_signed_over_the_pools_jwks_key() throws Exception {
    X509Certificate certificate = certificate(poolId);

    certificate.verify(certificate.getPublicKey());
    certificate.checkValidity(java.util.Date.from(fake.clock().instant()));
    assertThat(certificate.getSubjectX500Principal()).isEqualTo(certificate.getIssuerX500Principal());
    assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=" + poolId);
    assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withRSA");
    RSAKey jwk = (RSAKey) JWKSet.parse(fake.jwks(poolId)).getKeys().get(0);
    assertThat(certificate.getPublicKey()).isEqualTo(jwk.toRSAPublicKey());
    assertThat(((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
  }

  @Test
  void certificate_stays_the_same_and_differs_between_pools() throws Exception {
    X509Certificate first = certificate(poolId);
    fake.clock().advance(Duration.ofDays(1));
    String otherPool = pool(cognito);

    assertThat(certificate(poolId)).isEqualTo(first);
    assertThat(certificate(otherPool).getPublicKey()).isNotEqualTo(first.getPublicKey());
  }

  @Test
  void unknown_pool_throws_ResourceNotFoundException() {
    String missing = poolId + "x";

    assertCognitoError(() -> cognito.getSigningCertificate(r -> r.userPoolId(missing)),
        ResourceNotFoundException.class, "User pool " + missing + " does not exist.");
  }
}
