package org.vocbridge.shared.files;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Stored files in S3-compatible object storage ({@code vocbridge.files=s3}): Amazon S3, MinIO,
 * Ceph, Garage or S3Proxy, addressed by path (bucket in the path, not the host name) at any
 * endpoint. Each file is one object named by the SHA-256 of its content, written whole or not at all:
 * a single PUT up to the part size, a multipart upload (aborted on failure) above it. A read checks
 * the content against its name, so a damaged object is an error, never served as the file.
 */
@Component
@ConditionalOnProperty(name = "vocbridge.files", havingValue = "s3")
class S3FileStorage implements FileStorage, AutoCloseable {

    /** The smallest part S3 takes in a multipart upload (all but the last). */
    static final int MIN_PART_SIZE = 5 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final int partSize;

    @Autowired
    S3FileStorage(
            @Value("${vocbridge.s3.endpoint}") URI endpoint,
            @Value("${vocbridge.s3.region:us-east-1}") String region,
            @Value("${vocbridge.s3.bucket:vocbridge}") String bucket,
            @Value("${vocbridge.s3.access-key}") String accessKey,
            @Value("${vocbridge.s3.secret-key}") String secretKey,
            @Value("${vocbridge.s3.part-size:8MB}") DataSize partSize) {
        this(client(endpoint, region, accessKey, secretKey), bucket, (int) partSize.toBytes());
    }

    S3FileStorage(S3Client s3, String bucket, int partSize) {
        if (partSize < MIN_PART_SIZE) {
            throw new IllegalArgumentException("vocbridge.s3.part-size is at least 5MB");
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.partSize = partSize;
        createBucketIfMissing();
    }

    static S3Client client(URI endpoint, String region, String accessKey, String secretKey) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .forcePathStyle(true)
                // checksums only where S3 requires them: not every S3-compatible server takes the newer ones
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    @Override
    public String store(byte[] content) {
        String key = FileStorage.sha256(content);
        if (exists(key)) {
            return key;
        }
        if (content.length <= partSize) {
            s3.putObject(
                    b -> b.bucket(bucket).key(key).contentLength((long) content.length),
                    RequestBody.fromBytes(content));
        } else {
            storeInParts(key, content);
        }
        return key;
    }

    private void storeInParts(String key, byte[] content) {
        String upload = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            for (int offset = 0; offset < content.length; offset += partSize) {
                int number = parts.size() + 1;
                int length = Math.min(partSize, content.length - offset);
                String etag = s3.uploadPart(
                                b -> b.bucket(bucket)
                                        .key(key)
                                        .uploadId(upload)
                                        .partNumber(number)
                                        .contentLength((long) length),
                                RequestBody.fromInputStream(new ByteArrayInputStream(content, offset, length), length))
                        .eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            }
            s3.completeMultipartUpload(
                    b -> b.bucket(bucket).key(key).uploadId(upload).multipartUpload(m -> m.parts(parts)));
        } catch (RuntimeException e) {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(upload));
            throw e;
        }
    }

    @Override
    public Optional<byte[]> read(String key) {
        FileStorage.requireKey(key);
        byte[] content;
        try {
            content = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        if (!FileStorage.sha256(content).equals(key)) {
            throw new IllegalStateException("Stored object " + key + " does not hold the content it names");
        }
        return Optional.of(content);
    }

    private boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** Creates the bucket on first start; two nodes starting together may both try. */
    private void createBucketIfMissing() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (S3Exception missing) {
            if (missing.statusCode() != 404) {
                throw missing;
            }
            try {
                s3.createBucket(b -> b.bucket(bucket));
            } catch (S3Exception e) {
                if (e.statusCode() != 409) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
