package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vocbridge.accounts.domain.ReminderMails;

/** Reminder e-mails, sent through a real SMTP server ({@link TestMailServer}) as where a mail server is configured. */
class ReminderMailIT extends IntegrationTest {

    @Autowired
    ReminderMails mails;

    @Autowired
    JdbcTemplate jdbc;

    /** The messages the server took for an address, oldest first. */
    private List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : TestMailServer.SMTP.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address))) {
                found.add(m);
            }
        }
        return found;
    }

    private void stale(long venture, String column, int daysAgo) {
        jdbc.update(
                "update ventures_venture set " + column + " = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(daysAgo))),
                venture);
    }

    @Test
    void keepersOfStaleVenturesAreMailedOnceInThreeLanguagesAndAgainWhenTheListChanges() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        TestUser founder = newUser("founder");
        String address = "founder-" + mark + "@example.kz";
        jdbc.update("update accounts_user set email = ? where id = ?", address, founder.id());
        long id = Long.parseLong(created(
                founder.token(),
                "/api/v1/ventures",
                VenturesIT.venture("Kaindy Forest Hikes " + mark, null, null, null)));
        // a keeper whose address no server takes, and one with nothing to see to
        TestUser broken = newUser("broken");
        jdbc.update("update accounts_user set email = ? where id = ?", "not an address@@", broken.id());
        long brokenVenture = Long.parseLong(created(
                broken.token(),
                "/api/v1/ventures",
                VenturesIT.venture("Broken Address Bakery " + mark, null, null, null)));
        TestUser idle = newUser("idle");
        String idleAddress = "idle-" + mark + "@example.kz";
        jdbc.update("update accounts_user set email = ? where id = ?", idleAddress, idle.id());
        created(idle.token(), "/api/v1/ventures", VenturesIT.venture("Fresh Felt " + mark, null, null, null));

        mails.send(Instant.now());
        assertThat(to(address)).as("nothing is due yet").isEmpty();

        // its team and stage were last confirmed seven months ago (the rule is six)
        stale(id, "team_confirmed_at", 213);
        stale(brokenVenture, "team_confirmed_at", 213);
        ReminderMails.Run run = mails.send(Instant.now());
        assertThat(run.failed()).contains(broken.username());
        List<MimeMessage> received = to(address);
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject())
                .isEqualTo("职教桥：1 条记录待确认或更新 · VocBridge: one record to confirm or update · "
                        + "VocBridge: записей, которые нужно подтвердить или обновить: 1");
        String text = (String) message.getContent();
        assertThat(text)
                .contains("Kaindy Forest Hikes " + mark + ": Confirm or update its team and stage (due ")
                .contains("需要确认或更新")
                .contains("пора подтвердить или обновить")
                .contains(PUBLIC_URL + "/ventures/" + id + "#freshness")
                .contains(PUBLIC_URL + "/account");
        assertThat(to(idleAddress)).isEmpty();

        // the same list is not sent again within the week; the address that failed is tried again
        ReminderMails.Run again = mails.send(Instant.now());
        assertThat(to(address)).hasSize(1);
        assertThat(again.failed()).contains(broken.username());

        // a week on, or as soon as the list changes, it is
        stale(id, "figures_confirmed_at", 400);
        assertThat(mails.send(Instant.now()).sent()).isPositive();
        assertThat(to(address)).hasSize(2);
        assertThat(to(address).get(1).getSubject()).contains("2 条记录");
        mails.send(Instant.now().plus(Duration.ofDays(8)));
        assertThat(to(address)).hasSize(3);

        // once confirmed, nothing is due and nothing is sent
        for (String group : List.of("TEAM_AND_STAGE", "FIGURES")) {
            assertThat(api().token(founder.token())
                            .post("/api/v1/ventures/" + id + "/confirmations/" + group, Map.of())
                            .status())
                    .isEqualTo(200);
        }
        mails.send(Instant.now().plus(Duration.ofDays(30)));
        assertThat(to(address)).hasSize(3);
    }
}
