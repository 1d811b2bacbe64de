package org.mapbot.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MAP Bot as its own operating-system process, started the way the run command starts it
 * (same main class, same classpath), with exactly the environment given: nothing inherited, not even a locale.
 */
public final class AppProcess implements AutoCloseable {
    private static final Pattern UP = Pattern.compile("MAP Bot is up on port (\\d+)");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final Thread reader;

    private AppProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "app-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static AppProcess start(Map<String, String> env) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "org.mapbot.app.Main"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        return new AppProcess(builder.start());
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                Matcher up = UP.matcher(line);
                if (up.find()) {
                    port.complete(Integer.parseInt(up.group(1)));
                }
            }
        } catch (IOException e) {
            // The process went away; whatever it printed is in output.
        } finally {
            port.completeExceptionally(new IllegalStateException("The app exited before it was up:\n" + String.join("\n", output)));
        }
    }

    /** Blocks until the app says it is up, and returns its port. */
    public int awaitUp() throws Exception {
        return port.get(90, TimeUnit.SECONDS);
    }

    /** Sends SIGTERM, as a service manager or Ctrl-C would, and waits for the exit code. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The app did not stop within 60 s of SIGTERM");
        }
        reader.join(10_000);
        return process.exitValue();
    }

    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The app did not exit");
        }
        reader.join(10_000);
        return process.exitValue();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
