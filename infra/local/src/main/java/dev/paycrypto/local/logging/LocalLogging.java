package dev.paycrypto.local.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The standalone local service's logging, chosen by {@code Main} through SLF4J's {@code slf4j.provider} property:
 * one plain line per request (logger {@code dev.paycrypto.local.requests}, INFO) and the warnings and errors of
 * everything else, written to standard output by a background thread in batches. It replaces, for this one
 * process, the Lambda logging (Log4j with Powertools' JSON) the functions carry, whose set-up alone took a third of
 * a start. Tests, which run the functions in their own JVM, keep Log4j and its test configuration.
 */
public final class LocalLogging implements SLF4JServiceProvider {

    /** The value of {@code slf4j.provider} that selects this provider. */
    public static final String PROVIDER = LocalLogging.class.getName();

    private ILoggerFactory loggers;
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        loggers = new LineLoggers(LineWriter.standardOutput());
    }
}
