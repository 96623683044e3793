package dev.fakecognito.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void no_arguments_serve_on_9229_without_a_seed() throws StartupException {
    assertThat(Options.parse()).isEqualTo(new Options(9229, null, null, false));
  }

  @Test
  void port_region_and_seed_are_read_with_a_space_or_an_equals_sign() throws StartupException {
    assertThat(Options.parse("--port", "9300", "--region", "eu-west-1", "--seed", "seed.json"))
        .isEqualTo(new Options(9300, "eu-west-1", Path.of("seed.json"), false));
    assertThat(Options.parse("--port=0", "--region=eu-west-1", "--seed=dir/seed.json"))
        .isEqualTo(new Options(0, "eu-west-1", Path.of("dir/seed.json"), false));
  }

  @Test
  void help_wins_over_the_rest() throws StartupException {
    assertThat(Options.parse("--port", "1", "--help", "--nonsense").help()).isTrue();
    assertThat(Options.parse("-h").help()).isTrue();
    assertThat(Options.USAGE).contains("--port <port>", "--region <region>", "--seed <file>", "--help");
  }

  @Test
  void wrong_arguments_are_usage_errors_that_name_them() {
    assertUsage("unknown argument --prot", "--prot", "9229");
    assertUsage("unknown argument seed.json", "seed.json");
    assertUsage("--port needs a value", "--port");
    assertUsage("--seed needs a value", "--seed", "--port", "9229");
    assertUsage("--port must be a number from 0 to 65535, not 70000", "--port", "70000");
    assertUsage("--port must be a number from 0 to 65535, not http", "--port=http");
  }

  private static void assertUsage(String message, String... args) {
    StartupException e = catchThrowableOfType(StartupException.class, () -> Options.parse(args));
    assertThat(e).hasMessage(message);
    assertThat(e.isUsage()).isTrue();
    assertThat(e.exitStatus()).isEqualTo(2);
  }
}
