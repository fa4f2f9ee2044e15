package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code chokepoint io} and the runner the io tests share: through the root command once {@code
 * IoCommand} is one of its subcommands, else on the {@code io} command alone with the root's error
 * handling.
 */
class IoCommandTest {
  @TempDir Path home;

  /** Runs {@code chokepoint io ARGS…}. */
  static CliRun io(Path home, String... args) {
    if (registered()) {
      List<String> all = new ArrayList<>(List.of("io"));
      all.addAll(List.of(args));
      return CliRun.run(home, all.toArray(String[]::new));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintWriter o = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter e = new PrintWriter(err, true, StandardCharsets.UTF_8);
    CommandLine cl = new CommandLine(new IoCommand());
    cl.setOut(o);
    cl.setErr(e);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, c, p) -> {
          e.println("error: " + ex.getMessage());
          return 1;
        });
    int code = cl.execute(args);
    o.flush();
    e.flush();
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static boolean registered() {
    return Arrays.asList(ChokepointCommand.class.getAnnotation(Command.class).subcommands())
        .contains(IoCommand.class);
  }

  @Test
  void listsItsCommands() {
    CliRun r = io(home);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("analyze", "iim");
  }

  @Test
  void needsOneSource() {
    CliRun r = io(home, "analyze", "--out", home.resolve("o").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("give an MRIO folder or --bea");
  }
}
