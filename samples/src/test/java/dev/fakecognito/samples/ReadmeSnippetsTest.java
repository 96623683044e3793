package dev.fakecognito.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's Java examples compiled and run: each one is a marked region of a sample or
 * test ({@code // region name} … {@code // endregion name}), and each import it shows is one that
 * file really has.
 */
class ReadmeSnippetsTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern REGION =
      Pattern.compile("// region (\\S+)\\n(.*?)\\n[ \\t]*// endregion \\1", Pattern.DOTALL);

  @Test
  void every_java_example_in_the_readme_is_a_region_of_a_compiled_source() throws IOException {
    List<Source> sources = sources();
    List<String> blocks = javaBlocks();

    assertThat(blocks).isNotEmpty();
    for (String block : blocks) {
      List<String> imports = block.lines().filter(line -> line.startsWith("import ")).toList();
      String body = strip(block.lines().filter(line -> !line.startsWith("import ")).toList());
      assertThat(sources)
          .as("README example not found as a region of a sample or test, with its imports:%n%s", block)
          .anySatisfy(source -> {
            assertThat(source.text().lines()).containsAll(imports);
            assertThat(source.regions()).contains(body);
          });
    }
  }

  private static List<String> javaBlocks() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher matcher = JAVA_BLOCK.matcher(readme);
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }

  private record Source(String text, List<String> regions) {}

  private static List<Source> sources() throws IOException {
    List<Source> sources = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          List<String> regions = new ArrayList<>();
          Matcher matcher = REGION.matcher(text);
          while (matcher.find()) {
            regions.add(strip(matcher.group(2).lines().toList()));
          }
          sources.add(new Source(text, regions));
        }
      }
    }
    return sources;
  }

  /** The lines without surrounding blank lines and without their common indentation. */
  private static String strip(List<String> lines) {
    int first = 0;
    int last = lines.size();
    while (first < last && lines.get(first).isBlank()) {
      first++;
    }
    while (last > first && lines.get(last - 1).isBlank()) {
      last--;
    }
    List<String> kept = lines.subList(first, last);
    int indent = kept.stream()
        .filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length())
        .min()
        .orElse(0);
    return String.join("\n", kept.stream()
        .map(line -> line.isBlank() ? "" : line.substring(indent).stripTrailing())
        .toList());
  }
}
