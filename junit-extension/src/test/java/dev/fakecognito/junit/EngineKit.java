package dev.fakecognito.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs {@link Case} classes, test classes that exist only to be run by other tests. */
final class EngineKit {

  private static final String RUN_BY_ENGINE_KIT = "fakecognito.test.engine-kit";

  private EngineKit() {}

  static EngineExecutionResults run(Class<?> caseClass) {
    return execute(caseClass, false);
  }

  static EngineExecutionResults runConcurrently(Class<?> caseClass) {
    return execute(caseClass, true);
  }

  private static EngineExecutionResults execute(Class<?> caseClass, boolean concurrently) {
    return EngineTestKit.engine("junit-jupiter")
        .enableImplicitConfigurationParameters(false)
        .configurationParameter(RUN_BY_ENGINE_KIT, "true")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", String.valueOf(concurrently))
        .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
        .selectors(selectClass(caseClass))
        .execute();
  }

  /** The exceptions of every failed test and container. */
  static List<Throwable> failures(EngineExecutionResults results) {
    return results.allEvents().failed().stream()
        .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
        .toList();
  }

  /** The values the tests published with {@code TestReporter.publishEntry(key, value)}. */
  static List<String> published(EngineExecutionResults results, String key) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get(key))
        .filter(value -> value != null)
        .toList();
  }

  /**
   * Marks a nested class that only {@link EngineKit} runs. Surefire's default includes do not match
   * names ending in {@code Case}, and whatever else discovers such a class skips it.
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @ExtendWith(OnlyInEngineKit.class)
  @interface Case {}

  static final class OnlyInEngineKit implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(RUN_BY_ENGINE_KIT).isPresent()
          ? ConditionEvaluationResult.enabled("run by EngineKit")
          : ConditionEvaluationResult.disabled("run only by EngineKit");
    }
  }
}
