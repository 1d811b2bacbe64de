package org.mapbot.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server from Debian's {@code postgresql} package (the one a deployment runs), started with initdb and
 * pg_ctl in a temporary folder on a free loopback port, with password login and TLS (a self-signed certificate), and
 * removed again on close. PostgreSQL refuses to run as root: as root, every command runs as the {@code postgres} user.
 */
public final class DebianPostgres implements AutoCloseable {
    public static final String USER = "mapbot";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final String password;

    private DebianPostgres(Path bin, Path dir, int port, String password) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.password = password;
    }

    /** The newest installed server's programs; fails, saying what to install, when there is none. */
    static Path binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Debian's PostgreSQL server is not installed: apt-get install postgresql "
                    + "(.ci/run does this)", e);
        }
    }

    public static DebianPostgres start(String password) {
        Path bin = binaries();
        try {
            Path dir = Files.createTempDirectory("mapbot-pg");
            int port = freePort();
            DebianPostgres server = new DebianPostgres(bin, dir, port, password);
            Files.writeString(dir.resolve("pwfile"), password + "\n", StandardCharsets.UTF_8);
            server.selfSignedCertificate();
            if (isRoot()) {
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
            }
            server.asServerUser(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
                    "--pwfile=" + dir.resolve("pwfile"), "--auth-host=scram-sha-256", "--auth-local=scram-sha-256",
                    "-E", "UTF8", "--locale=C", "--no-sync"));
            server.asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w",
                    "-l", dir.resolve("postgres.log").toString(), "-o",
                    "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c ssl=on -c ssl_cert_file=" + dir.resolve("server.crt")
                            + " -c ssl_key_file=" + dir.resolve("server.key") + " -c fsync=off", "start"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void selfSignedCertificate() {
        run(List.of("openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=127.0.0.1",
                "-newkey", "rsa:2048", "-keyout", dir.resolve("server.key").toString(), "-out", dir.resolve("server.crt").toString()));
        try {
            Files.setPosixFilePermissions(dir.resolve("server.key"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** A Heroku-style URL as a managed PostgreSQL hands it out, with the password URL-encoded. */
    public String url(String database, String sslmode) {
        return "postgres://" + USER + ":" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "@127.0.0.1:" + port
                + "/" + database + "?sslmode=" + sslmode;
    }

    public java.sql.Connection connect(String database) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, USER, password);
    }

    /** Runs one statement as the server's owner (create database, …). */
    public void execute(String database, String sql) {
        try (java.sql.Connection c = connect(database); java.sql.Statement statement = c.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    @Override
    public void close() {
        try {
            asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"));
        } finally {
            run(List.of("rm", "-rf", dir.toString()));
        }
    }

    private void asServerUser(List<String> command) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
