package org.vocbridge.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZipCheckTests {

    static byte[] zip(String name, int bytes, int copies) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < copies; i++) {
                zip.putNextEntry(new ZipEntry(copies == 1 ? name : name + i));
                zip.write(new byte[bytes]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aSmallOrdinaryArchivePasses() throws IOException {
        ZipCheck.check(zip("xl/workbook.xml", 1000, 1));
    }

    @Test
    void anArchiveThatInflatesTooFarIsRejectedWhileInflating() throws IOException {
        byte[] bomb = zip("xl/worksheets/sheet1.xml", 5 * 1024 * 1024, 1);
        assertThat(bomb.length).isLessThan(20_000);
        assertThatThrownBy(() -> ZipCheck.check(bomb, 100, 1024 * 1024))
                .isInstanceOfSatisfying(ZipCheck.UnsafeZipException.class, e -> assertThat(e.code())
                        .isEqualTo("error.zip.size"));
    }

    @Test
    void tooManyEntriesAreRejected() throws IOException {
        assertThatThrownBy(() -> ZipCheck.check(zip("f", 1, 11), 10, 1024))
                .isInstanceOfSatisfying(ZipCheck.UnsafeZipException.class, e -> assertThat(e.code())
                        .isEqualTo("error.zip.entries"));
    }

    @Test
    void pathsThatLeaveTheirFolderAreRejected() throws IOException {
        for (String name :
                new String[] {"../evil.sh", "xl/../../evil", "/etc/passwd", "C:/windows/x", "a\\..\\..\\b"}) {
            assertThatThrownBy(() -> ZipCheck.check(zip(name, 1, 1)))
                    .as(name)
                    .isInstanceOfSatisfying(ZipCheck.UnsafeZipException.class, e -> assertThat(e.code())
                            .isEqualTo("error.zip.path"));
        }
    }

    @Test
    void somethingThatIsNotAZipIsUnreadable() {
        assertThatThrownBy(() -> ZipCheck.check("plain text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ZipCheck.UnsafeZipException.class, e -> assertThat(e.code())
                        .isEqualTo("error.import.unreadable"));
    }
}
