package dev.fuselage.app.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Logback's start-up configuration (found through {@code META-INF/services}): every event is dropped until
 * {@link AppLog#install} sends them to the log file, so nothing reaches stdout, where the command line prints its
 * results, or stderr, which holds its one-line errors. Done in code because parsing a {@code logback.xml} costs
 * about 0.7 s of start-up here.
 */
public final class SilentLogConfigurator extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
