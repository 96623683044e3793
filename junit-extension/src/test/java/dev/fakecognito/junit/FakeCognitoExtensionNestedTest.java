package dev.fakecognito.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.FakeCognito;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;

class FakeCognitoExtensionNestedTest {

  @Nested
  @FakeCognitoTest
  class FakePerTest {

    @InjectFakeCognito FakeCognito outerFake;

    @RepeatedTest(3)
    void each_test_gets_a_fresh_fake(CognitoIdentityProviderClient cognito) {
      assertThat(cognito.listUserPools(r -> r.maxResults(10)).userPools()).isEmpty();

      cognito.createUserPool(r -> r.poolName("shop"));
    }

    @Nested
    class Inner {

      @InjectFakeCognito FakeCognito innerFake;

      @RepeatedTest(3)
      void each_nested_test_gets_a_fresh_fake(CognitoIdentityProviderClient cognito) {
        assertThat(cognito.listUserPools(r -> r.maxResults(10)).userPools()).isEmpty();

        cognito.createUserPool(r -> r.poolName("shop"));
      }

      @Test
      void fields_of_enclosing_instances_hold_the_nested_tests_fake(FakeCognito fake) {
        assertThat(innerFake).isSameAs(fake);
        assertThat(outerFake).isSameAs(fake);
      }
    }
  }

  @Nested
  @FakeCognitoTest(perClass = true, region = "ap-southeast-2")
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class FakePerClass {

    private FakeCognito classFake;
    private String poolId;

    @BeforeAll
    void createPool(FakeCognito fake) {
      classFake = fake;
      poolId = fake.client().createUserPool(r -> r.poolName("shared")).userPool().id();
    }

    @Test
    void tests_get_the_class_fake(FakeCognito fake) {
      assertThat(fake).isSameAs(classFake);
    }

    @Nested
    class Inner {

      @InjectFakeCognito FakeCognito innerFake;

      @Test
      void nested_tests_see_the_enclosing_class_fake(FakeCognito fake, CognitoIdentityProviderClient cognito) {
        assertThat(fake).isSameAs(classFake);
        assertThat(innerFake).isSameAs(classFake);
        assertThat(cognito.listUserPools(r -> r.maxResults(60)).userPools())
            .extracting(UserPoolDescriptionType::id)
            .contains(poolId);
      }

      @Nested
      class Deeper {

        @Test
        void tests_nested_two_levels_deep_see_it_too(FakeCognito fake) {
          assertThat(fake).isSameAs(classFake);
          assertThat(fake.region()).isEqualTo("ap-southeast-2");
        }
      }
    }

    @Nested
    @FakeCognitoTest
    class WithItsOwnConfiguration {

      @RepeatedTest(2)
      void gets_a_fresh_fake_per_test_instead(FakeCognito fake) {
        assertThat(fake).isNotSameAs(classFake);
        assertThat(fake.region()).isEqualTo("us-east-1");
        assertThat(fake.client().listUserPools(r -> r.maxResults(10)).userPools()).isEmpty();

        fake.client().createUserPool(r -> r.poolName("own"));
      }
    }
  }
}
