package dev.paycrypto.local.logging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * Loggers that write one line per event, {@code HH:mm:ss.SSS message}, at the levels the local service keeps: INFO
 * for its request lines, WARN for everything else (a failure's class and message follow on the line, never a stack
 * trace: messages are written for the caller's eyes and hold no secret; stack traces of the functions' code are for
 * Lambda's logs).
 */
final class LineLoggers implements ILoggerFactory {

    static final String REQUEST_LINES = "dev.paycrypto.local.requests";

    private final LineWriter writer;
    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();

    LineLoggers(LineWriter writer) {
        this.writer = writer;
    }

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, n -> new LineLogger(n, REQUEST_LINES.equals(n) ? Level.INFO : Level.WARN,
                writer));
    }

    private static final class LineLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        private final transient Level threshold;
        private final transient LineWriter writer;

        LineLogger(String name, Level threshold, LineWriter writer) {
            this.name = name;
            this.threshold = threshold;
            this.writer = writer;
        }

        private boolean enabled(Level level) {
            return level.toInt() >= threshold.toInt();
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, org.slf4j.Marker marker, String pattern,
                                                   Object[] arguments, Throwable throwable) {
            String message = MessageFormatter.basicArrayFormat(pattern, arguments);
            if (throwable != null) {
                message = message + " (" + throwable.getClass().getName()
                        + (throwable.getMessage() == null ? "" : ": " + throwable.getMessage()) + ")";
            }
            writer.write(message);
        }
    }
}
