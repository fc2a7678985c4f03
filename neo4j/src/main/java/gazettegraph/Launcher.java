package gazettegraph;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community in this JVM with only the Bolt connector, on 127.0.0.1.
 *
 * <p>Usage: {@code java -cp target/launcher.jar:lib/* gazettegraph.Launcher --data-dir DIR --port N
 * [--watch-pid PID] [--page-cache 64m] [--delete-on-exit true]}. The password (and optionally the user) come from the
 * environment ({@code GAZETTE_NEO4J_PASSWORD}, {@code GAZETTE_NEO4J_USER}) so they never show in
 * {@code ps}. Prints {@value #READY} once Bolt accepts the configured credentials; shuts down
 * cleanly on SIGTERM, and by itself when the process {@code --watch-pid} names disappears.
 */
public final class Launcher {
  static final String READY = "GAZETTE_NEO4J_READY";

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = Options.parse(args);
    Path home = Path.of(Options.required(opts, "data-dir")).toAbsolutePath();
    int port = Integer.parseInt(Options.required(opts, "port"));
    String user = envOr("GAZETTE_NEO4J_USER", "neo4j");
    String password = System.getenv("GAZETTE_NEO4J_PASSWORD");
    if (password == null || password.isEmpty()) fail("GAZETTE_NEO4J_PASSWORD is not set");

    DatabaseManagementService dbms;
    try {
      dbms = build(home, port, opts.getOrDefault("page-cache", "64m"));
    } catch (RuntimeException e) {
      fail("Neo4j did not start: " + rootMessage(e));
      return;
    }
    boolean deleteOnExit = Boolean.parseBoolean(opts.getOrDefault("delete-on-exit", "false"));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("gazette-neo4j: shutting down");
      dbms.shutdown();
      if (deleteOnExit) deleteTree(home);
      stopped.countDown();
    }, "gazette-neo4j-shutdown"));

    try {
      Users.ensure(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), user, password);
    } catch (RuntimeException e) {
      fail("could not set the password of user " + user + ": " + rootMessage(e));
    }
    if (opts.containsKey("watch-pid")) watch(Long.parseLong(opts.get("watch-pid")));
    System.out.println(READY + " bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  private static DatabaseManagementService build(Path home, int port, String pageCache) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .build();
  }

  /** Exits (running the shutdown hook) when the watched process is gone, e.g. a killed test run. */
  private static void watch(long pid) {
    Thread t = new Thread(() -> {
      while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
        try {
          TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
      System.out.println("gazette-neo4j: watched process " + pid + " is gone");
      System.exit(0);
    }, "gazette-neo4j-watchdog");
    t.setDaemon(true);
    t.start();
  }

  /** Removes a throwaway data folder (test databases) once the DBMS is down. */
  private static void deleteTree(Path root) {
    try (var paths = java.nio.file.Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException | RuntimeException e) {
      System.err.println("gazette-neo4j: could not delete " + root + ": " + e.getMessage());
    }
  }

  private static String envOr(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isEmpty() ? fallback : v;
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + t.getMessage() + ")";
  }

  private static void fail(String message) {
    System.err.println("gazette-neo4j: " + message);
    System.err.flush();
    Runtime.getRuntime().halt(1);
  }

  /** Creates the configured user or sets its password, so the data folder follows the configuration. */
  static final class Users {
    private Users() {}

    static void ensure(GraphDatabaseService system, String user, String password) {
      try (Transaction tx = system.beginTx()) {
        boolean exists = tx.execute("SHOW USERS YIELD user WHERE user = $user RETURN user", Map.of("user", user)).hasNext();
        String cypher = exists
            ? "ALTER USER $user SET PASSWORD $pw CHANGE NOT REQUIRED"
            : "CREATE USER $user SET PASSWORD $pw CHANGE NOT REQUIRED";
        tx.execute(cypher, Map.of("user", user, "pw", password)).close();
        tx.commit();
      } catch (RuntimeException e) {
        if (!rootMessage(e).contains("cannot be the same")) throw e;
      }
    }
  }

  /** {@code --name value} pairs. */
  static final class Options {
    private Options() {}

    static Map<String, String> parse(String[] args) {
      Map<String, String> out = new java.util.HashMap<>();
      for (int i = 0; i + 1 < args.length; i += 2) {
        if (!args[i].startsWith("--")) fail("unexpected argument " + args[i]);
        out.put(args[i].substring(2), args[i + 1]);
      }
      return out;
    }

    static String required(Map<String, String> opts, String name) {
      String v = opts.get(name);
      if (v == null) fail("missing --" + name);
      return v;
    }
  }
}
