package dev.fakecognito.internal.facade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassFilesTest {

  @Test
  void lists_the_methods_the_facade_declares_and_not_the_ones_it_inherits() throws Exception {
    Set<String> methods;
    try (InputStream in = FakeCognitoIdentityProviderClient.class.getResourceAsStream(
        "FakeCognitoIdentityProviderClient.class")) {
      methods = ClassFiles.declaredMethods(new DataInputStream(in));
    }
    String model = "software/amazon/awssdk/services/cognitoidentityprovider/model/";

    assertThat(methods)
        .contains("createUserPool(L" + model + "CreateUserPoolRequest;)L" + model + "CreateUserPoolResponse;")
        .contains("serviceName()Ljava/lang/String;")
        .doesNotContain("createUserPool(Ljava/util/function/Consumer;)L" + model + "CreateUserPoolResponse;")
        .noneMatch(m -> m.startsWith("listUsersPaginator"));
  }
}
