package dev.paycrypto.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Region name was a directory: {@code region=../x} made databases and a master key outside the data directory,
 * and every made-up Region opened new databases that were never closed. Now the served Regions are a closed set
 * opened at start, and a Region comes only from a signature, checked against that set before anything is opened.
 */
class AttackRegionsE2ETest {

    @TempDir
    static Path root;
    static Path dataDirectory;
    static LocalService service;

    @BeforeAll
    static void start() {
        dataDirectory = root.resolve("data");
        service = new LocalService(options -> options.withDataDirectory(dataDirectory));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aSignatureForARegionThatIsAPathChangesNothingOnDisk() throws Exception {
        List<Path> before = tree(root);
        for (String region : List.of("..", "../x", ".", "x", "us-east-1/../../x", "%2e%2e")) {
            HttpResponse<String> response = RawRequests.send(service.endpoint(),
                    RawRequests.Signer.DEFAULT.inRegion(region), "POST", "/",
                    Map.of("X-Amz-Target", "PaymentCryptographyControlPlane.ListKeys",
                            "Content-Type", "application/x-amz-json-1.0"), "{}");
            assertThat(response.statusCode()).as(region).isIn(400, 403);
            HttpResponse<String> audit = RawRequests.send(service.endpoint(),
                    RawRequests.Signer.DEFAULT.inRegion(region), "GET", SideEndpoints.AUDIT_PATH, Map.of(), null);
            assertThat(audit.statusCode()).as(region).isIn(400, 403);
        }
        HttpResponse<String> query = RawRequests.send(service.endpoint(), RawRequests.Signer.DEFAULT, "GET",
                SideEndpoints.AUDIT_PATH + "?region=..%2Fx&account=111122223333", Map.of(), null);
        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(tree(root)).isEqualTo(before);
        assertThat(Files.exists(root.resolve("x"))).isFalse();
    }

    @Test
    void aFloodOfMadeUpRegionsOpensNothing() throws Exception {
        // warm up the client's connection and the runtime, then count the service's open files
        RawRequests.send(service.endpoint(), RawRequests.Signer.DEFAULT.inRegion("xx-warmup-1"), "GET",
                SideEndpoints.AUDIT_PATH, Map.of(), null);
        long filesBefore = openFiles();
        List<Path> before = tree(dataDirectory);
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> response = RawRequests.send(service.endpoint(),
                    RawRequests.Signer.DEFAULT.inRegion("xx-flood-" + i), "GET", SideEndpoints.AUDIT_PATH, Map.of(),
                    null);
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("InvalidSignatureException");
        }
        assertThat(tree(dataDirectory)).isEqualTo(before);
        // a few descriptors may come and go with the client's connections; 200 Regions would have opened 1,200
        assertThat(openFiles()).isLessThan(filesBefore + 20);
        assertThat(service.factory().regions()).containsExactlyElementsOf(service.options().regions());
    }

    @Test
    void theDataDirectoryHoldsTheServedRegionsOnlyAndIsTheOwnersAlone() throws IOException {
        try (Stream<Path> children = Files.list(dataDirectory)) {
            assertThat(children.filter(Files::isDirectory).map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(service.options().regions());
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDirectory))).isEqualTo("rwx------");
    }

    private static List<Path> tree(Path top) throws IOException {
        try (Stream<Path> paths = Files.walk(top)) {
            return paths.filter(path -> !path.getFileName().toString().endsWith("-wal")
                    && !path.getFileName().toString().endsWith("-shm")).sorted().toList();
        }
    }

    private static long openFiles() throws IOException {
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return descriptors.count();
        }
    }
}
