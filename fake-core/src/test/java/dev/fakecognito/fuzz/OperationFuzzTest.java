package dev.fakecognito.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.internal.StateSnapshot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;

/**
 * A property-based test of every implemented operation: requests generated from the SDK model
 * (see {@link RequestGenerator}) against pools in different configurations (see {@link World}),
 * with triggers that sometimes fail or answer garbage.
 *
 * <h2>Properties, for every request</h2>
 *
 * <ol>
 *   <li>The call returns a response or throws a {@link CognitoIdentityProviderException} subclass
 *       with status 400, a request ID and complete error details (error code, service name {@code
 *       CognitoIdentityProvider}, a message). Any other throwable is a defect.
 *   <li>A call that fails leaves {@link StateSnapshot} of the fake unchanged: pools and their
 *       settings, app clients, users (attributes, status, enabled flag, stored password and history,
 *       pending codes and values, MFA settings and software tokens, groups, devices, live and revoked
 *       token sessions), groups, sign-in names and pending challenges. On purpose the snapshot leaves
 *       out what Cognito changes on failure too: auth events, rate-limit and wrong-answer counters,
 *       the outbox, recorded context data and trigger invocations. A failed answer to a challenge may
 *       also use up the challenge it answered (wrong codes and passwords spend sessions), so a pending
 *       challenge whose Session or SECRET_BLOCK the request carried may disappear; nothing else about
 *       pending challenges may change. A PostConfirmation trigger that fails does not undo the
 *       confirmation or password reset it follows, in Cognito as here, so such calls are not
 *       compared. Nor are calls in which UserMigration returned a user: the migrated user is stored
 *       before the rest of the sign-in runs, and stays if a later step fails.
 * </ol>
 *
 * <h2>Running</h2>
 *
 * <p>The build runs {@value #DEFAULT_REQUESTS} requests from seed {@value #DEFAULT_SEED}. A failure
 * prints the seed, the request number, the operation, the request and the exception, and the
 * system properties that replay it. A longer campaign: {@code mvn -pl fake-core test
 * -Dtest=OperationFuzzTest -Dfuzz.seed=<any long> -Dfuzz.requests=<count>}. A replay repeats the
 * same choices; generated IDs and keys are random, so in rare cases a path depends on them.
 */
class OperationFuzzTest {

  static final long DEFAULT_SEED = 20261205L;
  static final int DEFAULT_REQUESTS = 6_000;
  /** Requests per fake: a fresh fake then starts again from the seeded pools. */
  private static final int REQUESTS_PER_WORLD = 400;
  private static final int MAX_REPORTED = 15;
  /**
   * What the fake deliberately does not model and reports with {@link UnsupportedOperationException}:
   * naming PASSWORD or PASSWORD_SRP as the ChallengeName in answer to SELECT_CHALLENGE.
   */
  private static final java.util.regex.Pattern UNMODELLED =
      java.util.regex.Pattern.compile("fake-cognito does not support (PASSWORD|PASSWORD_SRP) yet");

  @Test
  void every_operation_answers_with_a_response_or_a_complete_Cognito_error_and_failures_change_nothing() {
    long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
    int requests = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
    List<Operations.Operation> operations = Operations.implemented();
    assertThat(operations).hasSizeGreaterThan(50);

    Random random = new Random(seed);
    Map<String, String> defects = new LinkedHashMap<>();
    Map<String, int[]> outcomes = new LinkedHashMap<>();
    boolean verbose = Boolean.getBoolean("fuzz.verbose");
    Map<String, Integer> histogram = new java.util.TreeMap<>();
    World world = null;
    RequestGenerator generator = null;
    for (int i = 0; i < requests && defects.size() < MAX_REPORTED; i++) {
      long t0 = System.nanoTime();
      if (i % REQUESTS_PER_WORLD == 0) {
        world = new World(random);
        world.setUp();
        generator = new RequestGenerator(world);
      }
      long t05 = System.nanoTime();
      if (i % 100 == 0) {
        world.signInSeeds();
      }
      long t1 = System.nanoTime();
      if (verbose) {
        histogram.merge("~phase world", (int) ((t05 - t0) / 1000), Integer::sum);
      }
      if (random.nextInt(150) == 0) {
        world.clock.advance(List.of(Duration.ofMinutes(1), Duration.ofMinutes(4), Duration.ofHours(1),
            Duration.ofDays(1)).get(random.nextInt(4)));
        world.signInSeeds();
      }
      Operations.Operation operation = pick(operations, random);
      StateSnapshot before = world.backend.snapshot();
      long t2 = System.nanoTime();
      Object request = generator.generate(operation, before);
      if (verbose) {
        histogram.merge("~phase setup", (int) ((t1 - t0) / 1000), Integer::sum);
        histogram.merge("~phase snapshot", (int) ((t2 - t1) / 1000), Integer::sum);
        histogram.merge("~phase generate", (int) ((System.nanoTime() - t2) / 1000), Integer::sum);
      }
      world.misbehavedTriggers.clear();
      world.invokedTriggers.clear();
      boolean misbehave = random.nextInt(5) == 0;
      world.triggerFailureRate = misbehave ? 0.3 : 0;
      world.triggerGarbageRate = misbehave ? 0.3 : 0;
      Object response = null;
      Throwable error = null;
      long started = System.nanoTime();
      try {
        response = operation.call(world.client, request);
      } catch (Throwable e) {
        error = e;
      }
      if (verbose) {
        histogram.merge("~time " + operation.name(), (int) ((System.nanoTime() - started) / 1000), Integer::sum);
      }
      world.triggerFailureRate = 0;
      world.triggerGarbageRate = 0;
      int[] counts = outcomes.computeIfAbsent(operation.name(), n -> new int[2]);
      counts[error == null ? 0 : 1]++;
      if (verbose) {
        String what = error == null ? "ok" : error instanceof CognitoIdentityProviderException c
            && c.awsErrorDetails() != null ? c.awsErrorDetails().errorCode() + " " + c.awsErrorDetails().errorMessage()
            : error.toString();
        histogram.merge(operation.name() + " | " + what.substring(0, Math.min(110, what.length())), 1, Integer::sum);
      }
      World.Challenge answered = generator.context().challenge();
      if (answered != null && operation.name().toLowerCase(java.util.Locale.ROOT).contains("respond")
          && random.nextInt(4) > 0) {
        // A used or rejected session is mostly worthless; keep a few as stale input.
        world.challenges.remove(answered);
      }
      if (error == null) {
        world.learn(request, response, generator.pendingSrp);
        continue;
      }
      String problem = errorProblem(error);
      String key = operation.name() + " " + error.getClass().getSimpleName() + " " + origin(error);
      if (problem == null && !keptOnPurpose(request, error, world.invokedTriggers, world.misbehavedTriggers)) {
        StateSnapshot after = world.backend.snapshot();
        String change = change(before, after, strings(request));
        if (change != null) {
          problem = "a failed call changed the state: " + change;
          key = operation.name() + " state " + change.replaceAll("\\[[^]]*]", "[*]").replaceAll(":.*", "");
        }
      }
      if (problem != null && !defects.containsKey(key)) {
        defects.put(key, report(seed, i, operation, request, error, problem, world.misbehavedTriggers));
      }
    }
    if (verbose) {
      histogram.forEach((what, count) -> System.out.println("FUZZ " + count + "\t" + what));
    }
    assertThat(defects.values())
        .as("fuzzing found defects; outcomes per operation (ok/failed): %s", summary(outcomes))
        .isEmpty();
    Set<String> untouched = new TreeSet<>();
    operations.forEach(o -> untouched.add(o.name()));
    untouched.removeAll(outcomes.keySet());
    assertThat(untouched).as("operations never called").isEmpty();
  }

  /**
   * Picks an operation; sign-in operations more often, since they lead to the deeper states, and
   * deleting pools and clients less often, since that ends them.
   */
  private static Operations.Operation pick(List<Operations.Operation> operations, Random random) {
    while (true) {
      Operations.Operation operation = operations.get(random.nextInt(operations.size()));
      double weight = switch (operation.name()) {
        case "initiateAuth", "adminInitiateAuth" -> 1;
        case "respondToAuthChallenge", "adminRespondToAuthChallenge", "associateSoftwareToken",
            "verifySoftwareToken" -> 0.8;
        case "deleteUserPool" -> 0.05;
        case "deleteUserPoolClient", "deleteUser", "adminDeleteUser" -> 0.15;
        default -> 0.3;
      };
      if (random.nextDouble() < weight) {
        return operation;
      }
    }
  }

  /* ---- Property 1 ---- */

  private static @Nullable String errorProblem(Throwable error) {
    if (error instanceof UnsupportedOperationException && error.getMessage() != null
        && UNMODELLED.matcher(error.getMessage()).matches()) {
      return null;
    }
    if (!(error instanceof CognitoIdentityProviderException cognito)) {
      return "threw " + error.getClass().getName() + " instead of a Cognito error";
    }
    if (cognito.statusCode() != 400) {
      return "status " + cognito.statusCode() + " instead of 400";
    }
    if (cognito.awsErrorDetails() == null) {
      return "no awsErrorDetails";
    }
    var details = cognito.awsErrorDetails();
    if (details.errorCode() == null || details.errorCode().isBlank()) {
      return "no errorCode";
    }
    if (!"CognitoIdentityProvider".equals(details.serviceName())) {
      return "serviceName " + details.serviceName();
    }
    if (details.errorMessage() == null) {
      return "no message";
    }
    if (cognito.requestId() == null || cognito.requestId().isBlank()) {
      return "no requestId";
    }
    return null;
  }

  /* ---- Property 2 ---- */

  /**
   * Whether the call's change stays although it fails. A PostConfirmation trigger runs after the
   * confirmation (or password reset) is stored, and its failure fails the call without undoing it.
   * A user that UserMigration returned is stored before the rest of the sign-in (or ForgotPassword)
   * runs, and stays when a later step fails.
   */
  private static boolean keptOnPurpose(Object request, Throwable error, List<String> invokedTriggers,
      List<String> misbehavedTriggers) {
    String message = error.getMessage() == null ? "" : error.getMessage();
    if (message.startsWith("PostConfirmation")
        || misbehavedTriggers.stream().anyMatch(t -> t.startsWith("PostConfirmation"))) {
      return true;
    }
    boolean signInOrRecovery = request instanceof InitiateAuthRequest || request instanceof AdminInitiateAuthRequest
        || request instanceof RespondToAuthChallengeRequest || request instanceof AdminRespondToAuthChallengeRequest
        || request instanceof ForgotPasswordRequest;
    return signInOrRecovery && invokedTriggers.contains("UserMigration")
        && !misbehavedTriggers.contains("UserMigration threw");
  }

  /** Describes how {@code after} differs from {@code before}, or null if it does not. */
  static @Nullable String change(StateSnapshot before, StateSnapshot after, Set<String> named) {
    if (!before.pools().equals(after.pools())) {
      return diff("pools", before.pools(), after.pools());
    }
    if (!before.clientRegistrations().equals(after.clientRegistrations())) {
      return diff("clientRegistrations", before.clientRegistrations(), after.clientRegistrations());
    }
    for (var entry : after.pendingChallenges().entrySet()) {
      var old = before.pendingChallenges().get(entry.getKey());
      if (old == null) {
        return "pendingChallenges: a challenge was added: " + entry.getValue();
      }
      if (!old.equals(entry.getValue())) {
        return "pendingChallenges: a challenge changed: " + old + " -> " + entry.getValue();
      }
    }
    for (String key : before.pendingChallenges().keySet()) {
      if (!after.pendingChallenges().containsKey(key) && !named.contains(key)) {
        return "pendingChallenges: a challenge the request did not name was removed: "
            + before.pendingChallenges().get(key);
      }
    }
    return null;
  }

  private static String diff(String path, @Nullable Object before, @Nullable Object after) {
    if (before instanceof Map<?, ?> a && after instanceof Map<?, ?> b) {
      Set<Object> keys = new TreeSet<>(java.util.Comparator.comparing(String::valueOf));
      keys.addAll(a.keySet());
      keys.addAll(b.keySet());
      for (Object key : keys) {
        if (!Objects.equals(a.get(key), b.get(key))) {
          return diff(path + "[" + key + "]", a.get(key), b.get(key));
        }
      }
    }
    if (before instanceof Record a && after instanceof Record b && a.getClass() == b.getClass()) {
      for (RecordComponent component : a.getClass().getRecordComponents()) {
        try {
          Object x = component.getAccessor().invoke(a);
          Object y = component.getAccessor().invoke(b);
          if (!Objects.equals(x, y)) {
            return diff(path + "." + component.getName(), x, y);
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return path + ": " + before + " -> " + after;
  }

  /** Every string in a request, so that sessions it names may be used up. */
  private static Set<String> strings(Object value) {
    Set<String> strings = new HashSet<>();
    collect(value, strings);
    return strings;
  }

  private static void collect(@Nullable Object value, Set<String> strings) {
    if (value instanceof String s) {
      strings.add(s);
    } else if (value instanceof SdkPojo pojo) {
      for (SdkField<?> field : pojo.sdkFields()) {
        collect(field.getValueOrDefault(pojo), strings);
      }
    } else if (value instanceof Iterable<?> iterable) {
      iterable.forEach(v -> collect(v, strings));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> collect(v, strings));
    }
  }

  /* ---- Reporting ---- */

  private static String origin(Throwable error) {
    for (StackTraceElement frame : error.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.fakecognito.internal")) {
        return frame.getClassName() + ":" + frame.getLineNumber();
      }
    }
    return "";
  }

  private static String report(long seed, int index, Operations.Operation operation, Object request,
      Throwable error, String problem, List<String> triggers) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    String stack = String.join("\n", trace.toString().lines().limit(14).toList());
    return String.format("%n%s: %s%n  seed %d, request #%d%n  request: %s%n  triggers that misbehaved: %s%n"
        + "  exception: %s%n  replay: -Dtest=OperationFuzzTest -Dfuzz.seed=%d -Dfuzz.requests=%d%n",
        operation.name(), problem, seed, index, request, triggers, stack, seed, index + 1);
  }

  private static String summary(Map<String, int[]> outcomes) {
    List<String> parts = new ArrayList<>();
    outcomes.forEach((name, counts) -> parts.add(name + "=" + counts[0] + "/" + counts[1]));
    return String.join(", ", parts);
  }
}
