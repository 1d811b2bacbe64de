package org.mapbot.ops.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Debian's nginx on a loopback port, round-robin over the instances, retrying a request the dead one could not take. */
final class Nginx {
    private final Path dir;

    private Nginx(Path dir) {
        this.dir = dir;
    }

    static Nginx start(Path dir, int port, int[] upstreams) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("logs"));
        StringBuilder servers = new StringBuilder();
        for (int upstream : upstreams) {
            servers.append("    server 127.0.0.1:").append(upstream).append(" max_fails=1 fail_timeout=10s;\n");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.writeString(dir.resolve("nginx.conf"), (root ? "user root;\n" : "") + """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 256; }
                http {
                  access_log %1$s/logs/access.log;
                  client_body_temp_path %1$s/body; proxy_temp_path %1$s/proxy; fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi; scgi_temp_path %1$s/scgi;
                  upstream mapbot {
                %2$s  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://mapbot;
                      proxy_set_header Host $host;
                      proxy_set_header X-Request-Id $request_id;
                      proxy_connect_timeout 1s;
                      proxy_read_timeout 3s;
                      # Slack's requests are POSTs: retry one the dead instance never answered on the other one.
                      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
                      proxy_next_upstream_tries 2;
                    }
                  }
                }
                """.formatted(dir, servers, port));
        run(dir, "-t");
        run(dir);
        return new Nginx(dir);
    }

    void stop() throws IOException, InterruptedException {
        run(dir, "-s", "stop");
    }

    private static void run(Path dir, String... args) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("/usr/sbin/nginx", "-p", dir.toString(),
                "-c", dir.resolve("nginx.conf").toString()));
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("nginx " + String.join(" ", args) + " failed: " + output);
        }
    }
}
