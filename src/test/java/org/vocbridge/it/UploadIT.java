package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Uploads are checked by size and content before anything is kept. */
class UploadIT extends IntegrationTest {

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x0B5CAD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anEditorSetsALogoThatIsServedWithItsCheckedType() throws IOException {
        TestUser editor = newUser("logo");
        long id = newOrganization(editor, "OTHER", "KG", Map.of("en", "Osh Logo College"));
        byte[] png = png();
        Api.Response uploaded = api().token(editor.token())
                .uploadPut("/api/v1/organizations/" + id + "/logo", "logo.png", "image/png", png);
        assertThat(uploaded.status()).isEqualTo(200);
        String url = uploaded.json().get("logoUrl").asText();
        Api.Response served = api().get(url);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).isEqualTo("image/png");
        assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(Arrays.equals(served.raw().body(), png)).isTrue();
        assertThat(api().get("/organizations/" + id).body()).contains("<img class=\"logo\"");

        TestUser stranger = newUser("stranger");
        assertThat(api().token(stranger.token())
                        .uploadPut("/api/v1/organizations/" + id + "/logo", "x.png", "image/png", png)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aFileThatIsNotAnImageOrIsTooLargeIsRefusedAndNothingChanges() throws IOException {
        TestUser editor = newUser("logo");
        long id = newOrganization(editor, "OTHER", "KG", Map.of("en", "Naryn College"));
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        Api.Response script = api().token(editor.token())
                .language("zh")
                .uploadPut("/api/v1/organizations/" + id + "/logo", "logo.png", "image/png", svg);
        assertThat(script.status()).isEqualTo(400);
        JsonNode error = script.json().get("errors").get(0);
        assertThat(error.get("code").asText()).isEqualTo("error.upload.type");
        assertThat(error.get("message").asText()).startsWith("不接受此类文件");

        byte[] large = Arrays.copyOf(png(), 1024 * 1024 + 1);
        assertThat(api().token(editor.token())
                        .uploadPut("/api/v1/organizations/" + id + "/logo", "big.png", "image/png", large)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("code")
                        .asText())
                .isEqualTo("error.upload.tooLarge");
        assertThat(api().get("/api/v1/organizations/" + id)
                        .json()
                        .get("logoUrl")
                        .isNull())
                .isTrue();
    }

    @Test
    void theSecretariatStoresAnAppointmentLetterThatOnlyTheRightPeopleCanRead() throws Exception {
        long yangtze = alliance("Yangtze Workshop");
        TestUser secretariat = newUserWith("letters", org.vocbridge.accounts.Role.ALLIANCE_SECRETARIAT, yangtze);
        JsonNode expert =
                api().get("/api/v1/alliances/" + yangtze + "/experts").json().get(0);
        long person = expert.get("id").asLong();
        long appointment = expert.get("appointments").get(0).get("id").asLong();
        String path = "/people/" + person + "/appointments/" + appointment + "/letter";
        byte[] pdf = org.vocbridge.testing.TestPdf.of("Letter of appointment");

        TestUser stranger = newUser("stranger");
        assertThat(api().token(stranger.token())
                        .uploadPut("/api/v1" + path, "letter.pdf", "application/pdf", pdf)
                        .status())
                .isEqualTo(403);
        Api.Response notPdf = api().token(secretariat.token())
                .uploadPut(
                        "/api/v1" + path, "letter.pdf", "application/pdf", "<html>".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.json().get("errors").get(0).get("code").asText()).isEqualTo("error.upload.type");

        Api.Response stored =
                api().token(secretariat.token()).uploadPut("/api/v1" + path, "聘书 本森.pdf", "application/pdf", pdf);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().get("appointments").get(0).get("letter").asBoolean())
                .isTrue();

        assertThat(api().get(path).status())
                .as("anonymous readers are sent to sign in")
                .isEqualTo(302);
        WebSession strangerSession = new WebSession(baseUrl());
        strangerSession.signIn(stranger.username(), stranger.password());
        assertThat(strangerSession.get(path).statusCode()).isEqualTo(403);
        WebSession secretariatSession = new WebSession(baseUrl());
        secretariatSession.signIn(secretariat.username(), secretariat.password());
        var download = secretariatSession.client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(Arrays.equals(download.body(), pdf)).isTrue();
        assertThat(api().get("/api/v1/people/" + person)
                        .json()
                        .get("appointments")
                        .get(0)
                        .get("letter")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aZipBombOrAClimbingPathInAnXlsxIsRefusedBeforeItIsRead() throws IOException {
        TestUser editor = newUser("importer");
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 210; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(1024 * 1024);
        Api.Response refused =
                api().token(editor.token()).upload("/api/v1/organizations/import", "bomb.xlsx", bomb.toByteArray());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("code").asText()).isEqualTo("error.zip.size");

        ByteArrayOutputStream climbing = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(climbing)) {
            zip.putNextEntry(new ZipEntry("../../etc/cron.d/evil"));
            zip.write("* * * * * root rm -rf /".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(api().token(editor.token())
                        .upload("/api/v1/organizations/import", "evil.xlsx", climbing.toByteArray())
                        .json()
                        .get("errors")
                        .get(0)
                        .get("code")
                        .asText())
                .isEqualTo("error.zip.path");
    }
}
