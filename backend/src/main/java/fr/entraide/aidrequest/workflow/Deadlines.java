package fr.entraide.aidrequest.workflow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The legal deadlines of an aid request (DOMAIN.md §3, §4, §9 rules 15, 20, 22), as pure date
 * arithmetic. Month arithmetic follows the calendar: a month after 31 January is the last day of
 * February.
 */
public final class Deadlines {

    /** CASF L131-1: transmit within one month of the dépôt; an alert from day 20. */
    public static final int TRANSMISSION_ALERT_DAY = 20;

    private Deadlines() {
    }

    public static LocalDate transmissionDue(LocalDate depositedOn) {
        return depositedOn.plusMonths(1);
    }

    public static LocalDate transmissionAlertFrom(LocalDate depositedOn) {
        return depositedOn.plusDays(TRANSMISSION_ALERT_DAY);
    }

    /** Days left before the transmission deadline (negative when overdue). */
    public static long daysLeft(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

    /**
     * ASH effective date (R131-2): the day of entry when the request is made within two months of
     * the entry (four when the président extended it once), otherwise the first day of the next
     * fortnight after the request: the 16th, or the 1st of the following month.
     */
    public static LocalDate ashEffectiveDate(LocalDate entry, LocalDate requestedOn, boolean extended) {
        if (entry != null && !requestedOn.isAfter(entry.plusMonths(extended ? 4 : 2))) {
            return entry;
        }
        return requestedOn.getDayOfMonth() < 16 ? requestedOn.withDayOfMonth(16) : requestedOn.plusMonths(1).withDayOfMonth(1);
    }

    /** APA deadlines the département owes from the complete-dossier date D (rule 15). */
    public record ApaDeadlines(LocalDate acknowledgement, LocalDate planProposal, LocalDate decision) {
    }

    public static ApaDeadlines apa(LocalDate complete) {
        return new ApaDeadlines(complete.plusDays(10), complete.plusDays(30), complete.plusMonths(2));
    }

    /** True when APA counts as granted at the flat rate: no decision two months after D. */
    public static boolean apaDeemedGranted(LocalDate complete, LocalDate today, boolean decided) {
        return !decided && today.isAfter(complete.plusMonths(2));
    }

    /** Emergency admission (L131-3): the président du conseil départemental is told within 3 days. */
    public static LocalDate emergencyNoticeDue(LocalDate admission) {
        return admission.plusDays(3);
    }
}
