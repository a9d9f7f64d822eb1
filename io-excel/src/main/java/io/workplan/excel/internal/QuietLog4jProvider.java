package io.workplan.excel.internal;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.spi.AbstractLogger;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;

/**
 * A Log4j API provider that discards every event, of the lowest priority, so that a library prints
 * nothing: Apache POI logs through the Log4j API, which, finding no provider, prints {@code ERROR Log4j
 * API could not find a logging provider} on the first read and then logs POI's errors to the
 * console. Registered through {@code ServiceLoader} (class path and module path).
 *
 * <p>Any real provider an application has wins: Log4j's own ({@code log4j-core}, priority 10),
 * {@code log4j-to-slf4j} (15) or {@code log4j-to-jul}, as does the system property {@code
 * log4j.provider}; Log4j API takes the provider of highest priority. The application then sees
 * POI's logs without knowing of this one.
 */
public final class QuietLog4jProvider extends Provider {
    /** Below every provider Log4j ships (10 and above). */
    static final int PRIORITY = 1;

    private static final LoggerContextFactory FACTORY = new QuietFactory();

    /** The provider, as ServiceLoader makes it. */
    public QuietLog4jProvider() {
        super(PRIORITY, CURRENT_VERSION);
    }

    @Override
    public LoggerContextFactory getLoggerContextFactory() {
        return FACTORY;
    }

    @Override
    public Class<? extends LoggerContextFactory> loadLoggerContextFactory() {
        return QuietFactory.class;
    }

    /** The one context of every caller. */
    public static final class QuietFactory implements LoggerContextFactory {
        private static final QuietContext CONTEXT = new QuietContext();

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object external, boolean currentContext) {
            return CONTEXT;
        }

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object external, boolean currentContext,
                URI configLocation, String name) {
            return CONTEXT;
        }

        @Override
        public void removeContext(LoggerContext context) {
            // one context, never removed
        }
    }

    /** Loggers by name, each discarding everything. */
    private static final class QuietContext implements LoggerContext {
        private final Map<String, ExtendedLogger> loggers = new ConcurrentHashMap<>();

        @Override
        public Object getExternalContext() {
            return null;
        }

        @Override
        public ExtendedLogger getLogger(String name) {
            return loggers.computeIfAbsent(name, QuietLogger::new);
        }

        @Override
        public ExtendedLogger getLogger(String name, MessageFactory messageFactory) {
            return getLogger(name);
        }

        @Override
        public boolean hasLogger(String name) {
            return loggers.containsKey(name);
        }

        @Override
        public boolean hasLogger(String name, MessageFactory messageFactory) {
            return hasLogger(name);
        }

        @Override
        public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
            return hasLogger(name);
        }
    }

    /** A logger of level OFF: nothing is enabled, nothing is logged. */
    private static final class QuietLogger extends AbstractLogger {
        private static final long serialVersionUID = 1L;

        QuietLogger(String name) {
            super(name);
        }

        @Override
        public Level getLevel() {
            return Level.OFF;
        }

        @Override
        public void logMessage(String fqcn, Level level, Marker marker, Message message, Throwable t) {
            // discarded
        }

        // Every form of isEnabled AbstractLogger leaves open: none is.
        @Override public boolean isEnabled(Level l, Marker m, Message msg, Throwable t) { return false; }
        @Override public boolean isEnabled(Level l, Marker m, CharSequence msg, Throwable t) { return false; }
        @Override public boolean isEnabled(Level l, Marker m, Object msg, Throwable t) { return false; }
        @Override public boolean isEnabled(Level l, Marker m, String msg, Throwable t) { return false; }
        @Override public boolean isEnabled(Level l, Marker m, String msg) { return false; }
        @Override public boolean isEnabled(Level l, Marker m, String msg, Object... p) { return false; }
        @Override public boolean isEnabled(Level l, Marker m, String msg, Object p0) { return false; }
        @Override public boolean isEnabled(Level l, Marker m, String msg, Object p0, Object p1) { return false; }
        @Override public boolean isEnabled(Level l, Marker m, String msg, Object p0, Object p1, Object p2) { return false; }
        @Override public boolean isEnabled(Level l, Marker m, String msg, Object p0, Object p1, Object p2, Object p3) { return false; }
        @Override public boolean isEnabled(Level l, Marker m, String msg, Object p0, Object p1, Object p2, Object p3, Object p4) {
            return false;
        }
        @Override public boolean isEnabled(Level l, Marker m, String msg, Object p0, Object p1, Object p2, Object p3, Object p4,
                Object p5) {
            return false;
        }
        @Override public boolean isEnabled(Level l, Marker m, String msg, Object p0, Object p1, Object p2, Object p3, Object p4,
                Object p5, Object p6) {
            return false;
        }
        @Override public boolean isEnabled(Level l, Marker m, String msg, Object p0, Object p1, Object p2, Object p3, Object p4,
                Object p5, Object p6, Object p7) {
            return false;
        }
        @Override public boolean isEnabled(Level l, Marker m, String msg, Object p0, Object p1, Object p2, Object p3, Object p4,
                Object p5, Object p6, Object p7, Object p8) {
            return false;
        }
        @Override public boolean isEnabled(Level l, Marker m, String msg, Object p0, Object p1, Object p2, Object p3, Object p4,
                Object p5, Object p6, Object p7, Object p8, Object p9) {
            return false;
        }
    }
}
