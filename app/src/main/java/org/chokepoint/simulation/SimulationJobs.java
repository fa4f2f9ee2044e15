package org.chokepoint.simulation;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.chokepoint.geo.CountryCode;

/**
 * Scenario runs in the background, for the server: at most {@code running} at a time, the others
 * queued, and the last {@code kept} jobs (finished or not) kept with their results. A new job
 * pushes out the oldest finished one; when every kept job is still queued or running, a new one is
 * refused until one finishes.
 */
public final class SimulationJobs {
  /** Default number of scenarios run at the same time (the machine has few cores). */
  public static final int DEFAULT_RUNNING = 2;

  /** Default number of jobs kept with their results. */
  public static final int DEFAULT_KEPT = 20;

  /** Where a job is. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  /** One scenario run and what it has got to. */
  public static final class Job {
    private final String id;
    private final String scenario;
    private final Instant created;
    private final long submitter;
    private volatile State state = State.QUEUED;
    private volatile int day;
    private volatile int days;
    private volatile Simulation.ArioRun run;
    private volatile Simulation.FirmRun firmRun;
    private volatile String error;

    private Job(String id, String scenario, int days, Instant created, long submitter) {
      this.id = id;
      this.submitter = submitter;
      this.scenario = scenario;
      this.days = days;
      this.created = created;
    }

    public String id() {
      return id;
    }

    public String scenario() {
      return scenario;
    }

    public Instant created() {
      return created;
    }

    /**
     * The user id of who submitted the job, or 0 when submitted without an account (anonymous, on a
     * server without accounts). Who may read the job is the access policy's decision.
     */
    public long submitter() {
      return submitter;
    }

    public State state() {
      return state;
    }

    /** Days simulated so far. */
    public int day() {
      return day;
    }

    /** Days to simulate (the horizon). */
    public int days() {
      return days;
    }

    /** The ARIO run, once {@link State#DONE}. */
    public Optional<Simulation.ArioRun> run() {
      return Optional.ofNullable(run);
    }

    /** The firm-model run, once {@link State#DONE}. */
    public Optional<Simulation.FirmRun> firmRun() {
      return Optional.ofNullable(firmRun);
    }

    /** Why it failed, once {@link State#FAILED}. */
    public Optional<String> error() {
      return Optional.ofNullable(error);
    }
  }

  private final int kept;
  private final ExecutorService pool;
  private final Map<String, Job> jobs = new LinkedHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final AtomicInteger threads = new AtomicInteger();

  public SimulationJobs(int running, int kept) {
    if (running < 1 || kept < running) {
      throw new IllegalArgumentException("need running >= 1 and kept >= running");
    }
    this.kept = kept;
    this.pool =
        Executors.newFixedThreadPool(
            running,
            r -> {
              Thread t = new Thread(r, "simulation-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  public int kept() {
    return kept;
  }

  /**
   * Checks what the scenario's shocks name against its table now (errors are {@link
   * ScenarioException}s), then queues the run.
   *
   * @throws IllegalStateException when every kept job is still queued or running
   */
  public Job submit(
      Scenario sc, Simulation.Table table, Function<String, Set<CountryCode>> groups) {
    return submit(sc, table, groups, 0);
  }

  /** The same, recording who submitted it ({@link Job#submitter()}). */
  public Job submit(
      Scenario sc,
      Simulation.Table table,
      Function<String, Set<CountryCode>> groups,
      long submitter) {
    Simulation.ArioPlan plan = Simulation.plan(sc, table, groups, "scenario");
    return enqueue(sc, submitter, (job, listener) -> job.run = Simulation.ario(plan, listener));
  }

  /** The same for a firm-model scenario on a built-in network. */
  public Job submit(
      Scenario sc, BuiltinTables.Network network, Function<String, Set<CountryCode>> groups) {
    return submit(sc, network, groups, 0);
  }

  /** The same, recording who submitted it ({@link Job#submitter()}). */
  public Job submit(
      Scenario sc,
      BuiltinTables.Network network,
      Function<String, Set<CountryCode>> groups,
      long submitter) {
    Simulation.FirmPlan plan =
        Simulation.plan(
            sc, network.loaded(), network.source(), network.provenance(), groups, "scenario");
    return enqueue(sc, submitter, (job, listener) -> job.firmRun = Simulation.firm(plan, listener));
  }

  private interface Work {
    void run(Job job, Simulation.Listener listener);
  }

  private Job enqueue(Scenario sc, long submitter, Work work) {
    Job job;
    synchronized (jobs) {
      if (jobs.size() >= kept) {
        String oldest = null;
        for (Job j : jobs.values()) {
          if (j.state == State.DONE || j.state == State.FAILED) {
            oldest = j.id;
            break;
          }
        }
        if (oldest == null) {
          throw new IllegalStateException(
              "all " + kept + " kept jobs are still queued or running; try again when one ends");
        }
        jobs.remove(oldest);
      }
      byte[] b = new byte[8];
      random.nextBytes(b);
      job = new Job(HexFormat.of().formatHex(b), sc.name(), sc.horizon(), Instant.now(), submitter);
      jobs.put(job.id, job);
    }
    Job j = job;
    pool.execute(
        () -> {
          j.state = State.RUNNING;
          try {
            work.run(
                j,
                new Simulation.Listener() {
                  @Override
                  public void started(String description) {}

                  @Override
                  public void day(int done, int total) {
                    j.days = total;
                    j.day = done;
                  }
                });
            j.state = State.DONE;
          } catch (RuntimeException e) {
            j.error = String.valueOf(e.getMessage());
            j.state = State.FAILED;
          }
        });
    return job;
  }

  public Optional<Job> find(String id) {
    synchronized (jobs) {
      return Optional.ofNullable(jobs.get(id));
    }
  }

  /** The kept jobs, oldest first. */
  public List<Job> list() {
    synchronized (jobs) {
      return new ArrayList<>(jobs.values());
    }
  }
}
