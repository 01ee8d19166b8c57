package dev.paycrypto.local.logging;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Log lines written by one background thread, as many as have queued in one write: the thread that logs never waits
 * for the console, unless {@link #CAPACITY} lines are already waiting. What is queued is written before the JVM
 * exits.
 */
final class LineWriter {

    static final int CAPACITY = 8192;

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(CAPACITY);
    private final OutputStream out;
    private final ZoneId zone = ZoneId.systemDefault();

    private LineWriter(OutputStream out) {
        this.out = out;
        Thread writer = new Thread(this::writeBatches, "paycrypto-log-writer");
        writer.setDaemon(true);
        writer.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::flush, "paycrypto-log-flush"));
    }

    static LineWriter standardOutput() {
        return new LineWriter(new FileOutputStream(FileDescriptor.out));
    }

    void write(String message) {
        String line = time() + " " + message + "\n";
        try {
            lines.put(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code HH:mm:ss.SSS}, by hand (a format string per line would cost more than the line). */
    private String time() {
        LocalTime now = LocalTime.now(zone);
        StringBuilder text = new StringBuilder(12);
        digits(text, now.getHour(), 2).append(':');
        digits(text, now.getMinute(), 2).append(':');
        digits(text, now.getSecond(), 2).append('.');
        return digits(text, now.getNano() / 1_000_000, 3).toString();
    }

    private static StringBuilder digits(StringBuilder text, int value, int width) {
        String number = Integer.toString(value);
        for (int i = number.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(number);
    }

    private void writeBatches() {
        List<String> batch = new ArrayList<>();
        while (true) {
            try {
                String first = lines.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                lines.drainTo(batch);
                writeOut(batch);
                batch.clear();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void writeOut(List<String> batch) {
        StringBuilder text = new StringBuilder();
        batch.forEach(text::append);
        try {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // nowhere left to say it
        }
    }

    private void flush() {
        List<String> rest = new ArrayList<>();
        lines.drainTo(rest);
        if (!rest.isEmpty()) {
            writeOut(rest);
        }
    }
}
