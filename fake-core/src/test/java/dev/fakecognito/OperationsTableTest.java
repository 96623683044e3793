package dev.fakecognito;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Keeps {@code OPERATIONS.md}, the table the README links, true to the fake: every operation of the
 * SDK interface is listed once, and an operation is marked implemented exactly when calling it does
 * not end in {@link UnsupportedOperationException}.
 */
class OperationsTableTest {

  private static final Pattern ROW = Pattern.compile("^\\| \\[(\\w+)]\\([^)]*\\) \\| (✅|⚠️|❌) \\|.*$");

  @Test
  void the_table_lists_every_operation_of_the_sdk_interface_once() throws IOException {
    List<String> listed = new ArrayList<>(table().keySet());

    assertThat(table().size()).isEqualTo(rows().size());
    assertThat(listed).containsExactlyInAnyOrderElementsOf(sdkOperations());
  }

  @Test
  void operations_marked_implemented_are_exactly_those_the_fake_answers() throws Exception {
    TreeSet<String> answered = new TreeSet<>();
    try (FakeCognito fake = FakeCognito.create()) {
      CognitoIdentityProviderClient client = fake.client();
      for (String operation : sdkOperations()) {
        if (answers(client, operation)) {
          answered.add(operation);
        }
      }
    }

    TreeSet<String> marked = new TreeSet<>();
    table().forEach((operation, status) -> {
      if (!status.equals("❌")) {
        marked.add(operation);
      }
    });
    assertThat(marked).containsExactlyElementsOf(answered);
  }

  /** Calls the operation with an empty request: the fake answers with a result or a Cognito error. */
  private static boolean answers(CognitoIdentityProviderClient client, String operation) throws Exception {
    Method method = operationMethod(operation);
    Class<?> requestType = method.getParameterTypes()[0];
    Object request = ((SdkBuilder<?, ?>) requestType.getMethod("builder").invoke(null)).build();
    try {
      method.invoke(client, request);
      return true;
    } catch (InvocationTargetException e) {
      return !(e.getCause() instanceof UnsupportedOperationException);
    }
  }

  /** The operation names, as the API reference spells them: the request-object methods, capitalised. */
  private static List<String> sdkOperations() {
    return operationMethods()
        .map(m -> Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1))
        .distinct()
        .sorted()
        .toList();
  }

  private static Method operationMethod(String operation) {
    return operationMethods()
        .filter(m -> m.getName().equalsIgnoreCase(operation))
        .findFirst()
        .orElseThrow();
  }

  private static Stream<Method> operationMethods() {
    return Arrays.stream(CognitoIdentityProviderClient.class.getMethods())
        .filter(m -> m.getParameterCount() == 1 && SdkRequest.class.isAssignableFrom(m.getParameterTypes()[0]))
        .filter(m -> m.getParameterTypes()[0].getSimpleName().equalsIgnoreCase(m.getName() + "Request"));
  }

  private static List<String> rows() throws IOException {
    return Files.readAllLines(Path.of("OPERATIONS.md"), StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith("| ["))
        .toList();
  }

  private static Map<String, String> table() throws IOException {
    Map<String, String> statusByOperation = new TreeMap<>();
    for (String row : rows()) {
      Matcher matcher = ROW.matcher(row);
      assertThat(matcher.matches()).as("row of OPERATIONS.md: %s", row).isTrue();
      statusByOperation.put(matcher.group(1), matcher.group(2));
    }
    return statusByOperation;
  }
}
