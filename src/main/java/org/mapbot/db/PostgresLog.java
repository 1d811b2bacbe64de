package org.mapbot.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The file where the embedded PostgreSQL's initdb, pg_ctl and server write their output, and the line of it that says
 * why a start failed: the operator gets that line, not the command line of the process that failed.
 */
final class PostgresLog {
    /**
     * The server's own prefix, e.g. {@code 2026-12-01 20:15:39.042 UTC [20172] }, and whatever precedes it on the line
     * (pg_ctl's "waiting for server to start...." shares the line with the server's first message).
     */
    private static final Pattern SERVER_PREFIX = Pattern.compile("^.*?\\d{4}-\\d\\d-\\d\\d [\\d:.]+ \\S+ \\[\\d+\\] ");
    /** initdb's and pg_ctl's {@code error:}, the server's ERROR, FATAL and PANIC, and the bad setting that precedes a FATAL. */
    private static final Pattern CAUSE = Pattern.compile("\\b(error|ERROR|FATAL|PANIC):|invalid value for parameter");

    private final Path file;

    PostgresLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Where the output of the next start will begin. */
    long end() {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The line written after {@code offset} that says what went wrong, if anything was written. */
    Optional<String> causeSince(long offset) {
        try (SeekableByteChannel channel = Files.newByteChannel(file); InputStream in = Channels.newInputStream(channel.position(offset))) {
            return cause(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The first line naming an error, else the last line; without the server's timestamp and with spaces collapsed. */
    static Optional<String> cause(List<String> output) {
        List<String> lines = output.stream()
                .map(line -> SERVER_PREFIX.matcher(line).replaceFirst("").replaceAll("\\s+", " ").trim())
                .filter(line -> !line.isEmpty())
                .toList();
        return lines.stream().filter(line -> CAUSE.matcher(line).find()).findFirst()
                .or(() -> lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1)));
    }
}
