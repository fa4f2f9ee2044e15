package org.chokepoint.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.account.User;
import org.chokepoint.workspace.crisis.CrisisFields;
import org.chokepoint.workspace.crisis.CrisisRequest;
import org.chokepoint.workspace.crisis.CrisisService;
import org.chokepoint.workspace.crisis.CrisisStatus;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint crisis}: crisis requests in the form of Article 12 of the IPEF supply-chain
 * agreement (docs/methods/crisis-requests.md), on the workspace database of the data directory or
 * of {@code database.url}. Each command acts as the user named by {@code --as}, under the same
 * access policy as the API, and is recorded in the audit log.
 */
@Command(
    name = "crisis",
    mixinStandardHelpOptions = true,
    description = {
      "Crisis requests (IPEF Supply Chain Agreement, Article 12): a government asks partner"
          + " governments for an emergency meeting, due within 15 days, with a reminder at day 10.",
      "Acts as the user named by --as, under the workspace's access policy; every step is"
          + " recorded in the audit log."
    },
    subcommands = {
      CrisisCommand.Raise.class,
      CrisisCommand.ListRequests.class,
      CrisisCommand.Show.class,
      CrisisCommand.Schedule.class,
      CrisisCommand.Close.class,
      CrisisCommand.Respond.class,
      CrisisCommand.Link.class,
      CrisisCommand.Remind.class
    })
final class CrisisCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(ChokepointCommand.root(spec).out());
  }

  /** The user a command acts as. */
  static final class As {
    @Option(
        names = "--as",
        required = true,
        paramLabel = "EMAIL",
        description = "The user to act as (see chokepoint admin user list).")
    String email;
  }

  /** Opens the workspace, runs {@code work} as the user, closes it. */
  static <T> T as(CommandSpec spec, As as, BiFunction<WorkspaceServices, Principal, T> work) {
    return AdminCommand.withWorkspace(
        spec,
        ws -> {
          User u = AdminCommand.user(ws, as.email);
          Map<Long, Role> roles = new HashMap<>();
          if (!u.disabled()) {
            u.memberships().forEach(m -> roles.put(m.organisationId(), m.role()));
          }
          String actor = "cli:" + System.getProperty("user.name", "unknown") + "/user:" + u.id();
          return work.apply(
              ws, new Principal(u.id(), u.email(), roles, TokenScope.READ_WRITE, actor));
        });
  }

  @Command(
      name = "raise",
      mixinStandardHelpOptions = true,
      description =
          "Raise a request for an emergency meeting, with the six items of Article 12(2), each"
              + " required (at most 4,000 characters). Label TLP:AMBER unless --label says"
              + " TLP:GREEN or TLP:CLEAR.")
  static final class Raise implements Runnable {
    @Spec CommandSpec spec;
    @Mixin As as;
    @Mixin OutputOptions output;

    @Option(
        names = "--to",
        required = true,
        split = ",",
        paramLabel = "GOVERNMENT",
        description = "Partner governments, by name or id (repeat or separate with commas).")
    List<String> to;

    @Option(names = "--title", required = true)
    String title;

    @Option(
        names = "--impact",
        required = true,
        description =
            "(a) Impact or expected impact on national security, public health and safety, or the economy.")
    String impact;

    @Option(names = "--cause", required = true, description = "(b) Cause of the disruption.")
    String cause;

    @Option(names = "--duration", required = true, description = "(c) Expected duration.")
    String duration;

    @Option(
        names = "--sectors",
        required = true,
        description = "(d) Sectors likely to be affected.")
    String sectors;

    @Option(names = "--measures", required = true, description = "(e) Measures taken or planned.")
    String measures;

    @Option(
        names = "--assistance",
        required = true,
        description = "(f) Assistance that would help.")
    String assistance;

    @Option(
        names = "--label",
        paramLabel = "TLP",
        description = "TLP:AMBER (default), TLP:GREEN or TLP:CLEAR.")
    String label;

    @Option(
        names = "--org",
        paramLabel = "NAME",
        description = "The requesting government (default: yours).")
    String org;

    @Override
    public void run() {
      CrisisFields f =
          new CrisisFields(title, impact, cause, duration, sectors, measures, assistance);
      CrisisOutput.Result r =
          as(
              spec,
              as,
              (ws, p) -> {
                CrisisRequest x = ws.crisis().raise(p, new CrisisService.Draft(f, to, label, org));
                return new CrisisOutput.Result(List.of(x), ws.crisis().now());
              });
      CrisisOutput.write(spec, output, r, true);
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The requests the user may read, newest first, with their clocks.")
  static final class ListRequests implements Runnable {
    @Spec CommandSpec spec;
    @Mixin As as;
    @Mixin OutputOptions output;

    @Option(names = "--open", description = "Only those not closed or withdrawn.")
    boolean open;

    @Override
    public void run() {
      CrisisOutput.Result r =
          as(
              spec,
              as,
              (ws, p) -> {
                List<CrisisRequest> all =
                    ws.crisis()
                        .list(p, output.format == OutputFormat.TABLE ? Action.LIST : Action.EXPORT);
                return new CrisisOutput.Result(
                    all.stream().filter(x -> !open || !x.status().ended()).toList(),
                    ws.crisis().now());
              });
      CrisisOutput.write(spec, output, r, false);
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "One request: its clock, the six items, responses and linked analyses.")
  static final class Show implements Runnable {
    @Spec CommandSpec spec;
    @Mixin As as;
    @Mixin OutputOptions output;

    @Parameters(paramLabel = "ID")
    long id;

    @Override
    public void run() {
      CrisisOutput.Result r =
          as(
              spec,
              as,
              (ws, p) ->
                  new CrisisOutput.Result(
                      List.of(ws.crisis().get(p, id, Action.READ)), ws.crisis().now()));
      CrisisOutput.write(spec, output, r, true);
    }
  }

  @Command(
      name = "schedule",
      mixinStandardHelpOptions = true,
      description =
          "Schedule (or move) the emergency meeting; after the deadline it is flagged late.")
  static final class Schedule implements Runnable {
    @Spec CommandSpec spec;
    @Mixin As as;
    @Mixin OutputOptions output;

    @Parameters(paramLabel = "ID")
    long id;

    @Option(
        names = "--at",
        required = true,
        paramLabel = "INSTANT",
        description = "ISO 8601 instant, such as 2026-03-10T01:00:00Z.")
    String at;

    @Override
    public void run() {
      Instant when;
      try {
        when = Instant.parse(at.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "--at " + at + " is not an ISO 8601 instant such as 2026-03-10T01:00:00Z");
      }
      CrisisOutput.Result r =
          as(
              spec,
              as,
              (ws, p) ->
                  new CrisisOutput.Result(
                      List.of(ws.crisis().scheduleMeeting(p, id, when)), ws.crisis().now()));
      CrisisOutput.write(spec, output, r, true);
    }
  }

  @Command(
      name = "close",
      mixinStandardHelpOptions = true,
      description =
          "Close the request (or withdraw it with --withdraw): the requesting government.")
  static final class Close implements Runnable {
    @Spec CommandSpec spec;
    @Mixin As as;
    @Mixin OutputOptions output;

    @Parameters(paramLabel = "ID")
    long id;

    @Option(names = "--withdraw", description = "Withdraw rather than close.")
    boolean withdraw;

    @Override
    public void run() {
      CrisisStatus s = withdraw ? CrisisStatus.WITHDRAWN : CrisisStatus.CLOSED;
      CrisisOutput.Result r =
          as(
              spec,
              as,
              (ws, p) ->
                  new CrisisOutput.Result(List.of(ws.crisis().end(p, id, s)), ws.crisis().now()));
      CrisisOutput.write(spec, output, r, true);
    }
  }

  @Command(
      name = "respond",
      mixinStandardHelpOptions = true,
      description =
          "Respond to a request: an offer of assistance or a note (the requesting or an addressed"
              + " government, analyst or more).")
  static final class Respond implements Runnable {
    @Spec CommandSpec spec;
    @Mixin As as;
    @Mixin OutputOptions output;

    @Parameters(paramLabel = "ID")
    long id;

    @Option(
        names = "--kind",
        defaultValue = "offer",
        paramLabel = "offer|note",
        description = "offer (default) or note.")
    String kind;

    @Option(names = "--text", required = true, description = "At most 4,000 characters.")
    String text;

    @Override
    public void run() {
      CrisisOutput.Result r =
          as(
              spec,
              as,
              (ws, p) ->
                  new CrisisOutput.Result(
                      List.of(ws.crisis().respond(p, id, kind, text)), ws.crisis().now()));
      CrisisOutput.write(spec, output, r, true);
    }
  }

  @Command(
      name = "link",
      mixinStandardHelpOptions = true,
      description =
          "Link a saved assessment you may read (--assessment ID) or a pooled view (--pooled-view"
              + " REFERENCE) to a request.")
  static final class Link implements Runnable {
    @Spec CommandSpec spec;
    @Mixin As as;
    @Mixin OutputOptions output;

    @Parameters(paramLabel = "ID")
    long id;

    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
      @Option(names = "--assessment", paramLabel = "ID", description = "A saved assessment's id.")
      Long assessment;

      @Option(
          names = "--pooled-view",
          paramLabel = "REFERENCE",
          description = "A pooled view's query reference.")
      String pooledView;
    }

    @Override
    public void run() {
      String kind = target.assessment != null ? "assessment" : "pooled-view";
      String ref =
          target.assessment != null ? String.valueOf(target.assessment) : target.pooledView;
      CrisisOutput.Result r =
          as(
              spec,
              as,
              (ws, p) ->
                  new CrisisOutput.Result(
                      List.of(ws.crisis().link(p, id, kind, ref)), ws.crisis().now()));
      CrisisOutput.write(spec, output, r, true);
    }
  }

  @Command(
      name = "remind",
      mixinStandardHelpOptions = true,
      description =
          "Record the day-10 reminders due now, once each (what 'serve' does every minute).")
  static final class Remind implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      List<Long> ids = AdminCommand.withWorkspace(spec, ws -> ws.crisisReminders().runOnce());
      ChokepointCommand.root(spec)
          .out()
          .println(ids.isEmpty() ? "no reminder due" : "reminder recorded for request(s) " + ids);
    }
  }
}
