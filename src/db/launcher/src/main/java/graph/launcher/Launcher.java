package graph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs one embedded Neo4j DBMS with Bolt on loopback, for src/db/embedded.ts.
 *
 * <p>Protocol (stdout carries nothing else; Neo4j's own logs go to {@code <home>/logs}):
 * <ul>
 *   <li>{@code READY bolt://127.0.0.1:PORT} once Bolt answers and the APOC classes are registered;</li>
 *   <li>{@code LOCKED <message>} and exit 3 when another process holds the store lock;</li>
 *   <li>{@code ERROR <message>} and exit 1 on any other start failure.</li>
 * </ul>
 * While running, {@code <home>/launcher.json} holds {@code {pid, port, uri, startedAt}} so another
 * process can share this server instead of fighting over the store lock; it is deleted on shutdown.
 *
 * <p>Shutdown is clean on SIGTERM/SIGINT (shutdown hook) and when stdin reaches EOF: the parent
 * holds our stdin pipe, so even a SIGKILLed parent closes it and we follow it down.
 *
 * <p>Arguments: {@code --home=DIR} (required), {@code --port=N} (0 = any free port, reported in READY),
 * {@code --password-file=FILE} (required: Bolt authenticates user {@code neo4j} with the password in it),
 * {@code --tx-timeout=SECONDS} (0 = none), {@code --pagecache=256m}, {@code --watch-stdin=false}
 * (for running it by hand with stdin closed).
 *
 * <p>Authentication, and why: loopback is not a boundary on a shared machine (any local user could read or
 * wipe the graph, issue 10 §6). The password is set before Bolt opens: {@code data/dbms/auth.ini} seeds a new
 * store (and a store whose {@code neo4j} user still has its default password), so no client ever sees the
 * default {@code neo4j/neo4j}; once the DBMS is up the system graph is checked through the embedded API (no
 * Bolt) and the password set again if it differs from the file (a store made before authentication was on,
 * or a password file replaced by hand).
 */
public final class Launcher {
    static final int EXIT_ERROR = 1;
    static final int EXIT_LOCKED = 3;

    /** Classes from apoc-core: @neo4j/graphql needs Date and Utils; the rest are cheap extras. */
    static final List<String> REQUIRED_APOC = List.of("apoc.date.Date", "apoc.util.Utils");
    static final List<String> OPTIONAL_APOC = List.of(
            "apoc.text.Strings", "apoc.coll.Coll", "apoc.map.Maps", "apoc.convert.Json");

    private static final PrintStream OUT = new PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);

    private static final Object LIFECYCLE = new Object();
    private static DatabaseManagementService service;
    private static Path runtimeFile;
    private static boolean stopped;

    public static void main(String[] args) {
        // Nothing but protocol lines on the real stdout: anything else printing there goes to stderr.
        System.setOut(System.err);
        Map<String, String> opts = parseArgs(args);
        String homeArg = opts.get("home");
        if (homeArg == null) {
            protocol("ERROR missing --home=DIR");
            System.exit(EXIT_ERROR);
        }
        Path home = Path.of(homeArg).toAbsolutePath().normalize();
        int port = Integer.parseInt(opts.getOrDefault("port", "0"));
        long txTimeout = Long.parseLong(opts.getOrDefault("tx-timeout", "0"));
        long pagecache = parseBytes(opts.getOrDefault("pagecache", "256m"));
        String passwordFile = opts.get("password-file");
        if (passwordFile == null) {
            protocol("ERROR missing --password-file=FILE");
            System.exit(EXIT_ERROR);
        }
        runtimeFile = home.resolve("launcher.json");

        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "neo4j-shutdown"));
        if (!"false".equals(opts.get("watch-stdin"))) {
            watchStdin();
        }

        String uri;
        synchronized (LIFECYCLE) {
            if (stopped) {
                return;
            }
            try {
                Files.createDirectories(home);
                String password = readPassword(Path.of(passwordFile));
                writeInitialUser(home, password);
                service = build(home, port, txTimeout, pagecache);
                GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
                if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
                    throw new IllegalStateException("database 'neo4j' did not become available");
                }
                ensurePassword(password);
                registerApoc((GraphDatabaseAPI) db);
                int boltPort = ((GraphDatabaseAPI) db).getDependencyResolver()
                        .resolveDependency(ConnectorPortRegister.class)
                        .getLocalAddress(ConnectorType.BOLT).getPort();
                uri = "bolt://127.0.0.1:" + boltPort;
                writeRuntimeFile(boltPort, uri);
            } catch (Throwable e) {
                boolean locked = isLockFailure(e);
                e.printStackTrace(System.err);
                protocol((locked ? "LOCKED " : "ERROR ") + oneLine(rootMessage(e)));
                // halt, not exit: the hook would wait on LIFECYCLE, and there is nothing to shut down.
                safeShutdown();
                Runtime.getRuntime().halt(locked ? EXIT_LOCKED : EXIT_ERROR);
                return;
            }
        }
        protocol("READY " + uri);
        try {
            new CountDownLatch(1).await(); // live until a signal or stdin EOF ends the JVM
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }

    static DatabaseManagementService build(Path home, int port, long txTimeoutSeconds, long pagecache) {
        DatabaseManagementServiceBuilder b = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Bolt's stop otherwise waits 5 s twice even with no connection left.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                // Small disk footprint: no 250 MB preallocated tx logs, keep only the current one.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds));
        return b.build();
    }

    static final String USER = "neo4j";

    static String readPassword(Path file) throws IOException {
        String pw = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (pw.length() < 8) {
            throw new IllegalArgumentException("the password in " + file + " is shorter than 8 characters");
        }
        return pw;
    }

    /** data/dbms/auth.ini: the initial user the system graph is created with (what neo4j-admin set-initial-password writes). */
    static void writeInitialUser(Path home, String password) throws Exception {
        Path authIni = home.resolve("data").resolve("dbms").resolve("auth.ini");
        Files.createDirectories(authIni.getParent());
        Files.deleteIfExists(authIni);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            FileUserRepository repo = new FileUserRepository(fs, authIni, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            repo.start();
            repo.create(new User(USER, null,
                    SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8), new SecureHasher()),
                    false, false));
            repo.shutdown();
        }
        try {
            Files.setPosixFilePermissions(authIni, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }

    /** The system graph's neo4j user has the file's password and no pending change; otherwise it is set now. */
    static void ensurePassword(String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean exists;
        boolean matches;
        try (Transaction tx = system.beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", USER);
            exists = user != null;
            matches = exists
                    && !Boolean.TRUE.equals(user.getProperty("passwordChangeRequired", false))
                    && SystemGraphCredential.deserialize((String) user.getProperty("credentials"), new SecureHasher())
                            .matchesPassword(password.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("could not read the neo4j user from the system graph", e);
        }
        if (matches) {
            return;
        }
        system.executeTransactionally(
                (exists ? "ALTER USER " : "CREATE USER ") + USER + " SET PASSWORD $pw CHANGE NOT REQUIRED",
                Map.of("pw", password));
        System.err.println("launcher: " + (exists ? "set" : "created") + " the password of user " + USER + " from the password file");
    }

    static void registerApoc(GraphDatabaseAPI db) throws Exception {
        GlobalProcedures procs = db.getDependencyResolver().resolveDependency(GlobalProcedures.class);
        for (String name : REQUIRED_APOC) {
            register(procs, Class.forName(name));
        }
        for (String name : OPTIONAL_APOC) {
            try {
                register(procs, Class.forName(name));
            } catch (Throwable e) {
                System.err.println("launcher: skipped optional " + name + ": " + e);
            }
        }
    }

    static void register(GlobalProcedures procs, Class<?> cls) throws Exception {
        procs.registerProcedure(cls);
        procs.registerFunction(cls);
        procs.registerAggregationFunction(cls);
    }

    static void watchStdin() {
        Thread t = new Thread(() -> {
            InputStream in = System.in;
            byte[] buf = new byte[256];
            try {
                while (in.read(buf) >= 0) {
                    // input is ignored; we only wait for EOF
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone, same as EOF
            }
            System.err.println("launcher: stdin closed, shutting down");
            System.exit(0); // runs the shutdown hook
        }, "stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    /** Shutdown hook: waits for a start in progress so the store is never left half-open. */
    static void shutdown() {
        synchronized (LIFECYCLE) {
            if (stopped) {
                return;
            }
            stopped = true;
            safeShutdown();
        }
    }

    private static void safeShutdown() {
        stopped = true;
        if (service != null) {
            try {
                service.shutdown();
            } catch (Throwable e) {
                e.printStackTrace(System.err);
            }
            service = null;
        }
        deleteRuntimeFileIfOurs();
    }

    static void writeRuntimeFile(int port, String uri) throws IOException {
        String json = "{\"pid\":" + ProcessHandle.current().pid()
                + ",\"port\":" + port
                + ",\"uri\":\"" + uri + "\""
                + ",\"startedAt\":\"" + Instant.now() + "\"}\n";
        Path tmp = runtimeFile.resolveSibling("launcher.json." + ProcessHandle.current().pid() + ".tmp");
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, runtimeFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteRuntimeFileIfOurs() {
        try {
            if (runtimeFile != null && Files.exists(runtimeFile)) {
                String text = Files.readString(runtimeFile, StandardCharsets.UTF_8);
                if (text.contains("\"pid\":" + ProcessHandle.current().pid() + ",")) {
                    Files.delete(runtimeFile);
                }
            }
        } catch (IOException e) {
            System.err.println("launcher: could not delete " + runtimeFile + ": " + e);
        }
    }

    static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("FileLockException")) {
                return true;
            }
            String m = t.getMessage();
            if (m != null && m.contains("store_lock") ) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static void protocol(String line) {
        OUT.println(line);
        OUT.flush();
    }

    static Map<String, String> parseArgs(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                protocol("ERROR bad argument: " + a);
                System.exit(EXIT_ERROR);
            }
            int eq = a.indexOf('=');
            m.put(a.substring(2, eq), a.substring(eq + 1));
        }
        return m;
    }

    static long parseBytes(String s) {
        String v = s.trim().toLowerCase();
        long mult = 1;
        char last = v.charAt(v.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            mult = last == 'k' ? 1024L : last == 'm' ? 1024L * 1024 : 1024L * 1024 * 1024;
            v = v.substring(0, v.length() - 1);
        }
        return Long.parseLong(v) * mult;
    }

    private Launcher() {}
}
