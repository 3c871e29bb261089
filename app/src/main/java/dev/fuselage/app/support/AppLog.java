package dev.fuselage.app.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application log: every SLF4J event at INFO and above (ours and the libraries') goes to
 * {@code fuselage.log} in a folder, normally {@link UserFolders#logs()}. The file rolls over at
 * {@link #MAX_FILE_SIZE} into {@code fuselage.1.log} .. {@code fuselage.3.log}, so the log never grows past
 * about 20 MB. Nothing is logged to the console: the command line keeps stderr for its one-line errors.
 *
 * <p>Before {@link #install} runs, {@link SilentLogConfigurator} drops every event, so library
 * chatter never reaches stdout, where the CLI prints its JSON.
 */
public final class AppLog {
    /** The current log's name. */
    public static final String FILE_NAME = "fuselage.log";
    /** Size at which the log rolls over. */
    public static final String MAX_FILE_SIZE = "5MB";
    /** How often (at most) the file's size is checked while logging. */
    private static final long CHECK_MILLIS = 250;
    private static volatile Path current;

    private AppLog() {
    }

    /**
     * Sends the log to {@code folder/fuselage.log} (created as needed), replacing any earlier destination.
     *
     * @return the log file
     * @throws IOException when the folder cannot be made or the file cannot be opened for appending
     */
    public static Path install(Path folder) throws IOException {
        return install(folder, MAX_FILE_SIZE);
    }

    /** {@link #install(Path)} with another roll-over size (tests roll over quickly). */
    static synchronized Path install(Path folder, String maxFileSize) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME).toAbsolutePath();
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        ctx.reset();
        long since = System.currentTimeMillis();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(ctx);
        appender.setName("file");
        appender.setFile(file.toString());
        appender.setAppend(true);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(ctx);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.toAbsolutePath().resolve("fuselage.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(ctx);
        trigger.setMaxFileSize(FileSize.valueOf(maxFileSize));
        // without an explicit increment logback 1.6's size check never fires (AppLogTest caught it)
        trigger.setCheckIncrement(Duration.buildByMilliseconds(CHECK_MILLIS));
        trigger.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        if (!appender.isStarted()) {
            String why = ctx.getStatusManager().getCopyOfStatusList().stream()
                    .filter(s -> s.getLevel() == Status.ERROR && s.getTimestamp() >= since)
                    .map(s -> s.getMessage() + (s.getThrowable() != null ? ": " + s.getThrowable().getMessage() : ""))
                    .collect(Collectors.joining("; "));
            throw new IOException(file + ": cannot write the log" + (why.isEmpty() ? "" : " (" + why + ")"));
        }
        ch.qos.logback.classic.Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        current = file;
        return file;
    }

    /** The file the log goes to, once {@link #install} succeeded. */
    public static Optional<Path> file() {
        return Optional.ofNullable(current);
    }
}
