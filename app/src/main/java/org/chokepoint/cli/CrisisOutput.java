package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.workspace.crisis.CrisisClock;
import org.chokepoint.workspace.crisis.CrisisRequest;
import org.chokepoint.workspace.crisis.CrisisViews;
import picocli.CommandLine.Model.CommandSpec;

/** How {@code chokepoint crisis} prints requests: the board as a table, CSV or JSON. */
final class CrisisOutput {
  private CrisisOutput() {}

  /** A result and the time its clock is read at. */
  record Result(List<CrisisRequest> requests, Instant now) {}

  static void write(CommandSpec spec, OutputOptions output, Result r, boolean detail) {
    output.write(
        ChokepointCommand.root(spec).out(),
        w -> {
          try {
            switch (output.format) {
              case CSV -> {
                CsvWriter csv = new CsvWriter(w);
                csv.row(CrisisViews.COLUMNS);
                r.requests().forEach(x -> csv.row(CrisisViews.row(x, r.now())));
                csv.flush();
              }
              case JSON -> {
                List<Object> items = new ArrayList<>();
                r.requests().forEach(x -> items.add(CrisisViews.json(x, r.now())));
                OutputOptions.JSON.writeValue(
                    w,
                    detail && items.size() == 1 ? items.get(0) : Map.of("crisis_requests", items));
              }
              default -> {
                w.write(detail ? detail(r) : board(r).render());
                w.flush();
              }
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  static TextTable board(Result r) {
    TextTable t = new TextTable();
    t.column("Id", Align.RIGHT)
        .column("Title", Align.LEFT, 40)
        .column("Requester", Align.LEFT)
        .column("Addressed to", Align.LEFT, 30)
        .column("Status", Align.LEFT)
        .column("Deadline", Align.LEFT)
        .column("Days left", Align.RIGHT)
        .column("Reminder", Align.LEFT)
        .column("Meeting", Align.LEFT);
    for (CrisisRequest x : r.requests()) {
      CrisisClock k = x.clock(r.now());
      t.row(
          List.of(
              String.valueOf(x.id()),
              x.fields().title(),
              x.owner(),
              String.join(", ", x.addressedTo()),
              x.status().id() + (k.overdue() ? " OVERDUE" : ""),
              k.deadline().toString(),
              String.valueOf(k.daysLeft()),
              x.reminderSentAt() == null ? "-" : "sent " + x.reminderSentAt(),
              x.meetingAt() == null ? "-" : x.meetingAt() + (k.meetingLate() ? " (late)" : "")));
    }
    return t.caption(r.requests().size() + " crisis request(s); clock read at " + r.now());
  }

  static String detail(Result r) {
    StringBuilder b = new StringBuilder();
    for (CrisisRequest x : r.requests()) {
      b.append(board(new Result(List.of(x), r.now())).render()).append('\n');
      TextTable items =
          new TextTable().column("Article 12(2)", Align.LEFT).column("", Align.LEFT, 100);
      x.fields().items().forEach((k, v) -> items.row(List.of(k, v.replace('\n', ' '))));
      b.append(items.render());
      for (CrisisRequest.Response p : x.responses()) {
        b.append(
            String.format(
                "%s %s of %s: %s%n", p.createdAt(), p.kind(), p.organisation(), p.body()));
      }
      for (CrisisRequest.Link l : x.links()) {
        b.append(
            String.format(
                "linked %s %s%s%n",
                l.kind(), l.ref(), l.title() == null ? "" : " (" + l.title() + ")"));
      }
    }
    return b.toString();
  }
}
