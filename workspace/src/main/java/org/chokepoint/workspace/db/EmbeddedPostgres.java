package org.chokepoint.workspace.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A PostgreSQL server of our own on loopback, kept in one folder: the embedded default when no
 * {@code database.url} is configured.
 *
 * <p>The server binaries are those of the {@code io.zonky.test.postgres} packages (one per
 * platform, on the class path); this class unpacks them once, creates the cluster with {@code
 * initdb} on first use, and starts and stops it with {@code pg_ctl}. The cluster listens on
 * 127.0.0.1 only, on a free port, with no Unix socket, and requires a password (SCRAM-SHA-256): the
 * superuser's random password is written to {@code password} in the folder, readable by its owner
 * only, so other users of the machine cannot connect.
 *
 * <p>PostgreSQL refuses to run as root. When the process is root (containers, CI), the server runs
 * as the unprivileged user {@code nobody} through {@code setpriv}; if that user cannot reach the
 * requested folder (for example under {@code /root}), the cluster is kept under {@code
 * /var/lib/chokepoint/} instead, in a folder named after the requested one, and the choice is
 * reported (see DECISIONS.md D-ws-1).
 *
 * <p>A server already running on the cluster is found through its {@code postmaster.pid} and used.
 * Only the process that started it stops it on {@link #close()}: the starting process's id is kept
 * in {@code owner}, so a command run while {@code serve} is up leaves the server's database
 * running. A server left running by a process that was killed is taken over by the next process to
 * use it.
 */
public final class EmbeddedPostgres implements AutoCloseable {

  /** The PostgreSQL superuser of the embedded cluster. */
  public static final String SUPERUSER = "postgres";

  private static final int NOBODY = 65534;

  private final Path folder;
  private final Path bin;
  private final Path data;
  private final int port;
  private final String password;
  private final boolean asNobody;
  private final Consumer<String> log;
  private boolean owner;
  private boolean stopped;

  private EmbeddedPostgres(
      Path folder, Path bin, int port, String password, boolean asNobody, Consumer<String> log) {
    this.folder = folder;
    this.bin = bin;
    this.data = folder.resolve("data");
    this.port = port;
    this.password = password;
    this.asNobody = asNobody;
    this.log = log;
  }

  /**
   * Starts (creating it if needed) the cluster kept in {@code requested}, or finds the one already
   * running there.
   *
   * @param log receives one line for each step worth telling a user (unpacking, creating, where)
   */
  public static EmbeddedPostgres start(Path requested, Consumer<String> log) {
    if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
      throw new IllegalStateException(
          "the embedded PostgreSQL server is packaged for Linux x86-64 only; on this system set"
              + " database.url to a PostgreSQL server (docs/configuration.md)");
    }
    boolean root = isRoot();
    Path folder;
    try {
      folder = location(requested.toAbsolutePath().normalize(), root, log);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "embedded PostgreSQL in " + requested + ": " + e.getMessage(), e);
    }
    try {
      Files.createDirectories(folder);
      if (root) {
        chown(folder);
      }
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      try (FileChannel ch =
              FileChannel.open(
                  folder.resolve("launch.lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock ignored = ch.lock()) {
        Path bin = PostgresBinaries.unpack(folder, log);
        Path passwordFile = folder.resolve("password");
        boolean fresh = !Files.exists(folder.resolve("data/PG_VERSION"));
        String password;
        if (fresh) {
          password = randomPassword();
          writePrivate(passwordFile, password);
        } else {
          password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        }
        Integer running = runningPort(folder.resolve("data"));
        EmbeddedPostgres pg =
            new EmbeddedPostgres(
                folder, bin, running != null ? running : freePort(), password, root, log);
        if (fresh) {
          log.accept("creating the workspace database cluster in " + folder);
          pg.initdb();
        }
        if (running == null) {
          pg.pgCtlStart();
        }
        pg.owner = running == null || !ownerAlive(folder);
        if (pg.owner) {
          writePrivate(folder.resolve("owner"), Long.toString(ProcessHandle.current().pid()));
        }
        pg.awaitConnection();
        return pg;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL in " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * Where the cluster of {@code folder} is kept. The answer never changes once a cluster exists: an
   * existing cluster is used where it is; only a new one, started as root where {@code nobody}
   * cannot reach, goes to {@code /var/lib/chokepoint/postgres-<hash of the folder>}.
   */
  static Path location(Path folder, boolean root, Consumer<String> log) throws IOException {
    Path moved = Path.of("/var/lib/chokepoint", "postgres-" + shortHash(folder.toString()));
    if (Files.exists(folder.resolve("data/PG_VERSION"))) {
      return folder;
    }
    if (Files.exists(moved.resolve("data/PG_VERSION"))) {
      return moved;
    }
    if (!root) {
      return folder;
    }
    Files.createDirectories(folder.getParent());
    if (reachableByOthers(folder.getParent())) {
      return folder;
    }
    log.accept(
        "running as root: PostgreSQL runs as 'nobody', who cannot reach "
            + folder
            + "; the workspace database is kept in "
            + moved);
    return moved;
  }

  /** The JDBC address of one database of this cluster. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public String user() {
    return SUPERUSER;
  }

  public String password() {
    return password;
  }

  public int port() {
    return port;
  }

  /** The folder the cluster is kept in (may differ from the one asked for; see the class note). */
  public Path folder() {
    return folder;
  }

  /** Creates a database if it does not exist. */
  public void createDatabase(String name) {
    if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
      if (!rs.next()) {
        s.execute("CREATE DATABASE " + name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("creating database " + name + ": " + e.getMessage(), e);
    }
  }

  /** Drops a database if it exists (tests use one database each). */
  public void dropDatabase(String name) {
    if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new IllegalStateException("dropping database " + name + ": " + e.getMessage(), e);
    }
  }

  /** A new connection to one database, as the superuser. */
  public Connection connect(String database) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", SUPERUSER);
    p.setProperty("password", password);
    return DriverManager.getConnection(jdbcUrl(database), p);
  }

  /**
   * Stops the server (fast shutdown: open sessions are ended, committed work is kept) when this
   * instance started it or took it over; a server another live process started is left running.
   */
  @Override
  public synchronized void close() {
    if (stopped) {
      return;
    }
    stopped = true;
    if (!owner) {
      return;
    }
    try {
      Files.deleteIfExists(folder.resolve("owner"));
    } catch (IOException e) {
      log.accept("could not remove " + folder.resolve("owner") + ": " + e.getMessage());
    }
    run(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-m",
            "fast",
            "-w",
            "-t",
            "30",
            "stop"),
        60);
  }

  private void initdb() throws IOException {
    Path pwfile = folder.resolve("initdb.pw");
    writePrivate(pwfile, password);
    try {
      run(
          List.of(
              bin.resolve("initdb").toString(),
              "-D",
              data.toString(),
              "-U",
              SUPERUSER,
              "--pwfile=" + pwfile,
              "--auth=scram-sha-256",
              "-E",
              "UTF8",
              "--locale=C",
              "--no-instructions"),
          120);
    } finally {
      Files.deleteIfExists(pwfile);
    }
  }

  private void pgCtlStart() {
    run(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-l",
            folder.resolve("postgres.log").toString(),
            "-o",
            "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''",
            "-w",
            "-t",
            "60",
            "start"),
        90);
  }

  private void awaitConnection() {
    SQLException last = null;
    for (int i = 0; i < 100; i++) {
      try (Connection c = connect("postgres")) {
        return;
      } catch (SQLException e) {
        last = e;
        try {
          Thread.sleep(100);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    throw new IllegalStateException(
        "the embedded PostgreSQL server in "
            + folder
            + " does not answer on port "
            + port
            + (last == null ? "" : ": " + last.getMessage())
            + " (see "
            + folder.resolve("postgres.log")
            + ")");
  }

  private void run(List<String> command, int timeoutSeconds) {
    List<String> full = new ArrayList<>();
    if (asNobody) {
      full.addAll(
          List.of(
              "setpriv",
              "--reuid=" + NOBODY,
              "--regid=" + NOBODY,
              "--clear-groups",
              "--reset-env"));
    }
    full.addAll(command);
    try {
      Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(
            command.get(0) + " did not finish in " + timeoutSeconds + " s");
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            Path.of(command.get(0)).getFileName()
                + " failed ("
                + p.exitValue()
                + "): "
                + new String(out, StandardCharsets.UTF_8).strip()
                + " (log: "
                + folder.resolve("postgres.log")
                + ")");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot run " + full.get(0) + (asNobody ? " (util-linux setpriv is needed as root)" : ""),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command.get(0), e);
    }
  }

  /** Whether the process that started the running server (its id in {@code owner}) is alive. */
  private static boolean ownerAlive(Path folder) throws IOException {
    Path file = folder.resolve("owner");
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      long pid = Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip());
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The port of a server already running on this cluster, from its postmaster.pid, or null. */
  private static Integer runningPort(Path data) throws IOException {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return null;
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.size() < 4) {
      return null;
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).strip());
    } catch (NumberFormatException e) {
      return null;
    }
    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      try {
        return Integer.parseInt(lines.get(3).strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static String randomPassword() {
    byte[] b = new byte[24];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static void writePrivate(Path file, String text) throws IOException {
    Files.deleteIfExists(file);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, text, StandardCharsets.UTF_8);
    if (isRoot()) {
      chown(file);
    }
  }

  private static boolean isRoot() {
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return Integer.valueOf(0).equals(uid);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  /** Whether a user who is neither owner nor group member can pass through every folder above. */
  private static boolean reachableByOthers(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      try {
        if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  private static void chown(Path p) throws IOException {
    Files.setAttribute(p, "unix:uid", NOBODY, LinkOption.NOFOLLOW_LINKS);
    Files.setAttribute(p, "unix:gid", NOBODY, LinkOption.NOFOLLOW_LINKS);
  }

  static String shortHash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
