package org.vocbridge.directory.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.Role;
import org.vocbridge.directory.PersonSummary;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.files.FileStorage;
import org.vocbridge.shared.files.UploadCheck;
import org.vocbridge.shared.security.CurrentUser;

/** Think-tank appointments: the secretariat appoints people to its alliance and keeps the signed letters. */
@Service
@RequiredArgsConstructor
public class Appointments {

    /** Largest appointment letter accepted, in bytes. */
    public static final long MAX_LETTER_BYTES = 10L * 1024 * 1024;

    private final People people;
    private final Alliances alliances;
    private final PersonRepository persons;
    private final AccountsApi accounts;
    private final DraftChecks checks;
    private final FileStorage files;

    /** A stored appointment letter. */
    public record Letter(byte[] content, String fileName) {}

    /** The secretariat appoints a person to the alliance's think tank. */
    @Transactional
    public PersonSummary appoint(
            CurrentUser actor,
            long allianceId,
            long personId,
            Map<String, String> role,
            LocalDate from,
            LocalDate to,
            String document) {
        accounts.require(actor, Role.ALLIANCE_SECRETARIAT, allianceId);
        Person person = people.require(personId);
        InputCheck check = new InputCheck();
        checks.name(check, "role", role);
        check.maxLength("document", document, 300);
        if (from != null && to != null && to.isBefore(from)) {
            check.reject("to", "error.dates.order");
        }
        check.throwIfAny();
        PersonSummary before = person.summary(true);
        person.appoint(alliances.require(allianceId), LocalizedText.of(role), from, to, DraftChecks.trim(document));
        persons.flush();
        PersonSummary after = person.summary(true);
        accounts.audit(actor, "appoint", "person", personId, before, after);
        return after;
    }

    /** The alliance's secretariat stores the signed appointment letter (a PDF, checked by its content). */
    @Transactional
    public PersonSummary attachLetter(
            CurrentUser actor,
            long personId,
            long appointmentId,
            byte[] content,
            String declaredType,
            String fileName) {
        Person person = people.require(personId);
        Appointment appointment = appointment(person, appointmentId);
        accounts.require(
                actor, Role.ALLIANCE_SECRETARIAT, appointment.alliance().id());
        UploadCheck.check("file", content, declaredType, Set.of(UploadCheck.PDF), MAX_LETTER_BYTES);
        PersonSummary before = person.summary(true);
        String name =
                fileName == null || fileName.isBlank() ? "letter.pdf" : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        appointment.attachLetter(files.store(content), name.length() > 200 ? name.substring(0, 200) : name);
        persons.flush();
        PersonSummary after = person.summary(true);
        accounts.audit(actor, "letter", "person", personId, before, after);
        return after;
    }

    /**
     * The appointment letter, for the person's editors, the alliance's secretariat and admins only: it
     * may carry personal details.
     */
    @Transactional(readOnly = true)
    public Optional<Letter> letter(CurrentUser viewer, long personId, long appointmentId) {
        Person person = people.require(personId);
        Appointment appointment = appointment(person, appointmentId);
        viewer.requireSignedIn();
        if (!people.canEdit(viewer, person)
                && !accounts.holds(
                        viewer,
                        Role.ALLIANCE_SECRETARIAT,
                        appointment.alliance().id())) {
            throw new AccessDeniedException("Not allowed to read this letter");
        }
        if (appointment.letterKey() == null) {
            return Optional.empty();
        }
        return files.read(appointment.letterKey()).map(content -> new Letter(content, appointment.letterName()));
    }

    private static Appointment appointment(Person person, long appointmentId) {
        return person.appointments().stream()
                .filter(a -> a.id() == appointmentId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Appointment", appointmentId));
    }
}
