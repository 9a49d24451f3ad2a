package org.vocbridge.accounts.domain;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import lombok.extern.slf4j.Slf4j;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vocbridge.accounts.Reminders;
import org.vocbridge.accounts.Reminders.Reminder;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.PublicAddress;

/**
 * Reminders by e-mail, where the platform is given a mail server ({@code spring.mail.host}): once a
 * day, each person with an e-mail address and something to see to (what their account page lists)
 * gets one message listing it in Chinese, English and Russian, with links. The same list is not
 * sent again within {@code vocbridge.reminders.mail-every}; a changed one is. Every node may run it:
 * a person's message is claimed in the database before it is sent, so only one node sends it. A
 * message that cannot be sent is released, to be tried on the next run, and the others go on.
 */
@Slf4j
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class ReminderMails {

    /** The languages every message is written in, the platform's own. */
    private static final List<Locale> LANGUAGES =
            List.of(Locale.forLanguageTag("zh"), Locale.forLanguageTag("en"), Locale.forLanguageTag("ru"));

    private static final int BATCH = 200;

    private final UserAccountRepository users;
    private final List<Reminders> reminders;
    private final JavaMailSender mail;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final PublicAddress address;
    private final String from;
    private final Duration every;

    ReminderMails(
            UserAccountRepository users,
            List<Reminders> reminders,
            JavaMailSender mail,
            MessageSource messages,
            JdbcClient jdbc,
            PublicAddress address,
            @Value("${vocbridge.reminders.mail-from}") String from,
            @Value("${vocbridge.reminders.mail-every}") Duration every) {
        if (address.configured() == null) {
            throw new IllegalStateException(
                    "Reminder e-mails link to the site: set vocbridge.public-url (VOCBRIDGE_PUBLIC_URL) with spring.mail.host");
        }
        this.users = users;
        this.reminders = reminders;
        this.mail = mail;
        this.messages = messages;
        this.jdbc = jdbc;
        this.address = address;
        this.from = from;
        this.every = every;
    }

    /** What a run did: messages sent, and people whose message could not be sent (tried again next run). */
    public record Run(int sent, List<String> failed) {}

    @SchedulerLock(name = "accounts.reminder-mails", lockAtMostFor = "PT2H", lockAtLeastFor = "PT10M")
    @Scheduled(cron = "${vocbridge.reminders.mail-cron}", zone = "UTC")
    void daily() {
        Run run = send(Instant.now());
        log.info(
                "Reminder e-mails: {} sent, {} could not be sent",
                run.sent(),
                run.failed().size());
    }

    /** Sends each person their reminders, where due at {@code now}. */
    public Run send(Instant now) {
        int sent = 0;
        List<String> failed = new java.util.ArrayList<>();
        long after = 0;
        List<UserAccount> batch;
        do {
            batch = users.findByIdGreaterThanAndEmailIsNotNullAndEnabledTrueOrderById(after, Limit.of(BATCH));
            for (UserAccount user : batch) {
                after = user.id();
                try {
                    if (sendTo(user, now)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    failed.add(user.username());
                    log.warn("Reminder e-mail to user {} not sent, to be tried again: {}", user.id(), e.getMessage());
                }
            }
        } while (batch.size() == BATCH);
        return new Run(sent, failed);
    }

    /** Sends the person their message when one is due and this node took it; true when sent. */
    private boolean sendTo(UserAccount user, Instant now) {
        if (user.email().isBlank()) {
            return false;
        }
        List<Reminder> due = remindersOf(user);
        if (due.isEmpty() || !claim(user.id(), digest(due), now)) {
            return false;
        }
        try {
            mail.send(message -> write(new MimeMessageHelper(message, StandardCharsets.UTF_8.name()), user, due));
            return true;
        } catch (MailException notSent) {
            release(user.id());
            throw notSent;
        }
    }

    private List<Reminder> remindersOf(UserAccount user) {
        CurrentUser current = new CurrentUser(user.id(), user.username(), user.admin());
        return reminders.stream()
                .flatMap(r -> r.of(current).stream())
                .sorted(Comparator.comparing(Reminder::due).thenComparing(Reminder::href))
                .toList();
    }

    /**
     * Takes the person's message for this run: true when their list changed since the last message
     * or that message is older than {@code every}, and no other node took it first.
     */
    private boolean claim(long userId, String digest, Instant now) {
        int taken = jdbc.sql("update accounts_reminder_mail set digest = ?, sent_at = ?"
                        + " where user_id = ? and (digest <> ? or sent_at <= ?)")
                .params(digest, Timestamp.from(now), userId, digest, Timestamp.from(now.minus(every)))
                .update();
        if (taken == 1) {
            return true;
        }
        try {
            return jdbc.sql("insert into accounts_reminder_mail (user_id, digest, sent_at) values (?, ?, ?)")
                            .params(userId, digest, Timestamp.from(now))
                            .update()
                    == 1;
        } catch (DuplicateKeyException sentAlready) {
            return false;
        }
    }

    private void release(long userId) {
        jdbc.sql("delete from accounts_reminder_mail where user_id = ?")
                .param(userId)
                .update();
    }

    private static String digest(List<Reminder> due) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            due.forEach(r ->
                    sha.update((r.href() + '\t' + r.code() + '\t' + r.due() + '\n').getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(MimeMessageHelper message, UserAccount user, List<Reminder> due) throws MessagingException {
        message.setFrom(from);
        message.setTo(user.email().strip());
        message.setSubject(String.join(
                " · ",
                LANGUAGES.stream()
                        .map(l -> messages.getMessage("mail.reminders.subject", new Object[] {due.size()}, l))
                        .toList()));
        StringBuilder text = new StringBuilder();
        for (Locale language : LANGUAGES) {
            text.append(messages.getMessage("mail.reminders.intro", new Object[] {user.displayName()}, language))
                    .append("\n\n");
            for (Reminder r : due) {
                text.append("- ")
                        .append(r.subject().in(language))
                        .append(": ")
                        .append(messages.getMessage(r.code(), new Object[] {r.due()}, language))
                        .append("\n  ")
                        .append(address.of(r.href()))
                        .append('\n');
            }
            text.append('\n')
                    .append(messages.getMessage("mail.reminders.why", new Object[] {address.of("/account")}, language))
                    .append("\n\n");
        }
        message.setText(text.toString().strip() + "\n");
    }
}
