package nl.nazorg.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.util.FileSystemUtils;

/** A PostgreSQL of one test's own, which it may stop and start again on the same data directory and port. */
final class EigenPostgres implements AutoCloseable {

    private final Path data;
    private final int poort;
    private EmbeddedPostgres server;

    EigenPostgres() throws IOException {
        data = Files.createTempDirectory("nazorg-eigen-pg");
        try (ServerSocket vrij = new ServerSocket(0)) {
            poort = vrij.getLocalPort();
        }
        start();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:%d/postgres".formatted(poort);
    }

    void stop() throws IOException {
        server.close();
    }

    void start() throws IOException {
        server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(poort).start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        FileSystemUtils.deleteRecursively(data);
    }
}
