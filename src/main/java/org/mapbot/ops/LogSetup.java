package org.mapbot.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.fieldnames.LogstashFieldNames;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;

/**
 * How MAP Bot logs, set up in code (found by Logback through {@code META-INF/services}) so there is one place to read:
 * plain text by default, or with {@code MAP_LOG_FORMAT=json} one JSON object per line with {@code timestamp},
 * {@code level}, {@code logger}, {@code thread}, {@code message}, {@code exception} and, where known, the
 * request, team and plan the line is about ({@link LogContext}). Libraries speak only when something is
 * wrong (WARN), so no banner or start-up chatter reaches the log; {@link SecretMask} runs over every line.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    public static final String FORMAT_VARIABLE = "MAP_LOG_FORMAT";
    static final String TEXT_PATTERN = "%nopex%d{yyyy-MM-dd'T'HH:mm:ss.SSSZ} [%thread] %level %logger - %masked(%msg%n%ex)";
    private static final List<String> QUIET = List.of("com.slack.api", "org.eclipse.jetty", "org.quartz", "com.zaxxer.hikari",
            "org.flywaydb", "io.zonky", "io.javalin", "org.jooq", "com.github.tomakehurst", "wiremock", "org.apache");

    /** True when {@code value} (of {@code MAP_LOG_FORMAT}) asks for JSON lines; unset or "text" is plain text. */
    public static boolean json(String value) {
        return value != null && value.trim().toLowerCase(Locale.ROOT).equals("json");
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        SecretMask mask = SecretMask.fromEnv(System.getenv());
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("console");
        console.setTarget("System.err");
        console.setEncoder(json(System.getenv(FORMAT_VARIABLE)) ? jsonEncoder(context, mask) : textEncoder(context, mask));
        console.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        QUIET.forEach(name -> context.getLogger(name).setLevel(Level.WARN));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static Encoder<ILoggingEvent> textEncoder(LoggerContext context, SecretMask mask) {
        context.putObject(MaskedConverter.MASK_KEY, mask);
        @SuppressWarnings("unchecked")
        Map<String, Supplier<?>> rules = (Map<String, Supplier<?>>) context.getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        Map<String, Supplier<?>> withMask = rules == null ? new HashMap<>() : new HashMap<>(rules);
        withMask.put("masked", MaskedConverter::new);
        context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, withMask);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(TEXT_PATTERN);
        encoder.start();
        return encoder;
    }

    private static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context, SecretMask mask) {
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        LogstashFieldNames names = encoder.getFieldNames();
        names.setTimestamp("timestamp");
        names.setVersion("[ignore]");
        names.setLevelValue("[ignore]");
        names.setLogger("logger");
        names.setThread("thread");
        names.setStackTrace("exception");
        MaskingJsonGeneratorDecorator masking = new MaskingJsonGeneratorDecorator();
        masking.addValueMasker((where, value) -> {
            if (!(value instanceof String text)) {
                return null;
            }
            String masked = mask.apply(text);
            return masked.equals(text) ? null : masked;
        });
        masking.start();
        encoder.setJsonGeneratorDecorator(masking);
        encoder.start();
        return encoder;
    }
}
