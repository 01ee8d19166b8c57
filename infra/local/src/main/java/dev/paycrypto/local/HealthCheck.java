package dev.paycrypto.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * {@code java -cp <classes> dev.paycrypto.local.HealthCheck}: exits 0 when the local service on this machine answers
 * its health check, 1 otherwise, with one line saying which. The container image's {@code HEALTHCHECK} runs it, as
 * the image has no shell and no curl. It reads the port and address as the service does ({@code PAYCRYPTO_PORT},
 * {@code PAYCRYPTO_HOST}) and uses nothing beyond {@code java.base}, so it runs from the service's classes alone.
 */
public final class HealthCheck {

    private static final int TIMEOUT_MILLIS = 3_000;

    private HealthCheck() {
    }

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("PAYCRYPTO_PORT", String.valueOf(RuntimeOptions.DEFAULT_PORT));
        String host = System.getenv().getOrDefault("PAYCRYPTO_HOST", RuntimeOptions.DEFAULT_HOST);
        String target = args.length > 0 ? args[0] : "http://" + ListenAddress.forLocalClients(host) + ":" + port + "/_paycrypto/health";
        String outcome = check(target);
        System.out.println(outcome == null ? "healthy: " + target : "unhealthy: " + outcome);
        System.exit(outcome == null ? 0 : 1);
    }

    /** Null when {@code target} answers 200 with a status, else why not. */
    static String check(String target) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(target).toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            int status = connection.getResponseCode();
            if (status != 200) {
                return target + " answered " + status;
            }
            try (InputStream body = connection.getInputStream()) {
                String text = new String(body.readNBytes(4096), StandardCharsets.UTF_8);
                return text.contains("\"status\"") ? null : target + " answered without a status";
            }
        } catch (IOException | IllegalArgumentException e) {
            return target + ": " + e.getMessage();
        }
    }
}
