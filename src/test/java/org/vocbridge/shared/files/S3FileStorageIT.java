package org.vocbridge.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.vocbridge.testing.S3Proxy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in S3-compatible object storage, against a real server that checks signatures (S3Proxy):
 * what is stored reads back the same, once, small or in parts; a missing key is absent; a damaged
 * object is never served as the file; a wrong secret is refused by the server.
 */
class S3FileStorageIT {

    private static S3Proxy server;
    private static S3Client client;
    private static S3FileStorage storage;

    @BeforeAll
    static void start() {
        server = S3Proxy.startOrFail();
        client = S3FileStorage.client(server.endpoint(), "us-east-1", S3Proxy.IDENTITY, S3Proxy.CREDENTIAL);
        storage = new S3FileStorage(client, "vocbridge-files", S3FileStorage.MIN_PART_SIZE);
    }

    @AfterAll
    static void stop() {
        if (storage != null) {
            storage.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static byte[] random(int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        return content;
    }

    @Test
    void aFileReadsBackAsItWasStoredUnderTheSha256OfItsContent() {
        byte[] logo = random(40_000, 1);
        String key = storage.store(logo);
        assertThat(key).isEqualTo(FileStorage.sha256(logo));
        assertThat(storage.read(key)).hasValue(logo);
        assertThat(storage.store(logo.clone()))
                .as("the same content is kept once")
                .isEqualTo(key);
        assertThat(client.listObjectsV2(b -> b.bucket("vocbridge-files")).contents())
                .filteredOn(o -> o.key().equals(key))
                .hasSize(1);
        assertThat(storage.read(FileStorage.sha256(new byte[] {1, 2, 3}))).isEmpty();
        assertThatThrownBy(() -> storage.read("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLargeFileGoesUpInPartsAndReadsBackWhole() {
        // two and a half parts of 5 MB
        byte[] video = random(S3FileStorage.MIN_PART_SIZE * 5 / 2, 2);
        String key = storage.store(video);
        assertThat(storage.read(key)).hasValue(video);
        assertThat(client.headObject(b -> b.bucket("vocbridge-files").key(key)).eTag())
                .as("a multipart object's ETag counts its parts")
                .endsWith("-3\"");
        assertThat(client.listMultipartUploads(b -> b.bucket("vocbridge-files")).uploads())
                .as("no upload left open")
                .isEmpty();
    }

    @Test
    void aDamagedObjectIsAnErrorNotTheFile() {
        byte[] document = random(10_000, 3);
        String key = FileStorage.sha256(document);
        client.putObject(
                b -> b.bucket("vocbridge-files").key(key),
                software.amazon.awssdk.core.sync.RequestBody.fromBytes(random(10_000, 4)));
        assertThatThrownBy(() -> storage.read(key)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSettingChoosesWhereFilesAreKept() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withInitializer(context ->
                        context.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance()))
                .withUserConfiguration(LocalFileStorage.class, S3FileStorage.class)
                .withPropertyValues("vocbridge.data-dir=target/storage-choice");
        runner.run(context -> assertThat(context.getBean(FileStorage.class)).isInstanceOf(LocalFileStorage.class));
        runner.withPropertyValues(
                        "vocbridge.files=s3",
                        "vocbridge.s3.endpoint=" + server.endpoint(),
                        "vocbridge.s3.bucket=chosen-by-setting",
                        "vocbridge.s3.access-key=" + S3Proxy.IDENTITY,
                        "vocbridge.s3.secret-key=" + S3Proxy.CREDENTIAL)
                .run(context -> {
                    FileStorage chosen = context.getBean(FileStorage.class);
                    assertThat(chosen).isInstanceOf(S3FileStorage.class);
                    String key = chosen.store(new byte[] {7, 7, 7});
                    assertThat(client.headObject(
                                            b -> b.bucket("chosen-by-setting").key(key))
                                    .contentLength())
                            .isEqualTo(3);
                });
    }

    @Test
    void theServerRefusesAWrongSecret() {
        try (S3Client wrong =
                S3FileStorage.client(server.endpoint(), "us-east-1", S3Proxy.IDENTITY, "not-the-secret")) {
            assertThatThrownBy(() -> new S3FileStorage(wrong, "vocbridge-files", S3FileStorage.MIN_PART_SIZE)
                            .store(new byte[] {1}))
                    .isInstanceOfSatisfying(
                            S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        }
    }
}
