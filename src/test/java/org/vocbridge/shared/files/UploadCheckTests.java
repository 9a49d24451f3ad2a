package org.vocbridge.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.vocbridge.shared.InvalidInputException;

class UploadCheckTests {

    static final Set<String> IMAGES = Set.of(UploadCheck.PNG, UploadCheck.JPEG, UploadCheck.WEBP);

    static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    static String code(Runnable check) {
        try {
            check.run();
            return null;
        } catch (InvalidInputException e) {
            return e.problems().get(0).code();
        }
    }

    @Test
    void realImagesAreRecognizedByTheirContent() throws IOException {
        assertThat(UploadCheck.check("file", image("png"), "image/png", IMAGES, 1000_000))
                .isEqualTo(UploadCheck.PNG);
        assertThat(UploadCheck.check("file", image("jpg"), null, IMAGES, 1000_000))
                .isEqualTo(UploadCheck.JPEG);
    }

    @Test
    void contentThatIsNotWhatItClaimsIsRefused() throws IOException {
        byte[] script = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
        assertThat(code(() -> UploadCheck.check("file", script, "image/png", IMAGES, 1000)))
                .isEqualTo("error.upload.type");
        assertThat(code(() -> UploadCheck.check("file", uncheck(() -> image("png")), "image/jpeg", IMAGES, 1000_000)))
                .isEqualTo("error.upload.mismatch");
        assertThat(code(() -> UploadCheck.check("file", new byte[0], "image/png", IMAGES, 1000)))
                .isEqualTo("error.required");
    }

    @Test
    void aPdfMustParseAsOneNotOnlyStartLikeOne() {
        Set<String> pdf = Set.of(UploadCheck.PDF);
        assertThat(UploadCheck.check(
                        "file", org.vocbridge.testing.TestPdf.of("A letter"), "application/pdf", pdf, 1000_000))
                .isEqualTo(UploadCheck.PDF);
        byte[] html = "%PDF-1.7\n<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(code(() -> UploadCheck.check("file", html, "application/pdf", pdf, 1000_000)))
                .isEqualTo("error.upload.notPdf");
    }

    @Test
    void tooLargeIsRefusedBeforeAnythingElse() throws IOException {
        byte[] large = new byte[2000];
        System.arraycopy(image("png"), 0, large, 0, 8);
        assertThat(code(() -> UploadCheck.check("file", large, "image/png", IMAGES, 1000)))
                .isEqualTo("error.upload.tooLarge");
        assertThatThrownBy(() -> UploadCheck.check("file", large, "image/png", IMAGES, 1000))
                .isInstanceOf(InvalidInputException.class);
    }

    interface Io<T> {
        T get() throws IOException;
    }

    static <T> T uncheck(Io<T> io) {
        try {
            return io.get();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
