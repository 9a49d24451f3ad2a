package org.vocbridge.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real S3-compatible server for tests: S3Proxy (which checks request signatures) on a free port,
 * keeping its objects in a temporary folder, run as its own {@code java} process from the jar the
 * build copies to {@code target/s3proxy}.
 */
public final class S3Proxy implements AutoCloseable {

    public static final String IDENTITY = "vocbridge-test";
    public static final String CREDENTIAL = "vocbridge-test-secret";
    private static final Path JAR = Path.of("target/s3proxy/s3proxy.jar");

    private final Process process;
    private final URI endpoint;

    private S3Proxy(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts S3Proxy and waits until it takes connections (at most 60 s). */
    public static S3Proxy start() throws IOException {
        if (!Files.isRegularFile(JAR)) {
            SystemComponents.missing(
                    "S3Proxy jar not found at " + JAR + " (the build copies it)", "object storage tests");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path folder = Files.createTempDirectory("s3proxy");
        Files.createDirectories(folder.resolve("objects"));
        Path properties = folder.resolve("s3proxy.properties");
        Files.writeString(
                properties,
                String.join(
                        "\n",
                        "s3proxy.endpoint=http://127.0.0.1:" + port,
                        "s3proxy.authorization=aws-v2-or-v4",
                        "s3proxy.identity=" + IDENTITY,
                        "s3proxy.credential=" + CREDENTIAL,
                        "jclouds.provider=filesystem",
                        "jclouds.filesystem.basedir=" + folder.resolve("objects"),
                        ""));
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        JAR.toAbsolutePath().toString(),
                        "--properties",
                        properties.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("s3proxy.log").toFile())
                .start();
        S3Proxy proxy = new S3Proxy(process, URI.create("http://127.0.0.1:" + port));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!proxy.listening(port)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                proxy.close();
                throw new IllegalStateException("S3Proxy did not start; see " + folder.resolve("s3proxy.log"));
            }
            process.onExit()
                    .completeOnTimeout(null, 100, java.util.concurrent.TimeUnit.MILLISECONDS)
                    .join();
        }
        return proxy;
    }

    private boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    /** Unchecked, for starting in static set-up. */
    public static S3Proxy startOrFail() {
        try {
            return start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
