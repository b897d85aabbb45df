package fr.entraide.aidrequest.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    @Test
    void t5AshRequestedWithinTwoMonthsOfEntryStartsOnTheEntryDayAndIsDueAMonthAfterDeposit() {
        LocalDate entry = LocalDate.of(2025, 1, 6);
        LocalDate request = LocalDate.of(2025, 3, 5);
        assertThat(Deadlines.ashEffectiveDate(entry, request, false)).isEqualTo(entry);
        assertThat(Deadlines.transmissionDue(request)).isEqualTo(LocalDate.of(2025, 4, 5));
    }

    @Test
    void t6AshRequestedLaterStartsOnTheNextFortnight() {
        LocalDate entry = LocalDate.of(2025, 1, 6);
        assertThat(Deadlines.ashEffectiveDate(entry, LocalDate.of(2025, 3, 20), false)).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(Deadlines.ashEffectiveDate(entry, LocalDate.of(2025, 3, 10), false)).isEqualTo(LocalDate.of(2025, 3, 16));
        assertThat(Deadlines.ashEffectiveDate(entry, LocalDate.of(2025, 3, 16), false)).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(Deadlines.ashEffectiveDate(entry, LocalDate.of(2025, 12, 20), false)).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void anExtendedRequestPeriodKeepsTheEntryDate() {
        assertThat(Deadlines.ashEffectiveDate(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 4, 20), true))
                .isEqualTo(LocalDate.of(2025, 1, 6));
    }

    @Test
    void t11ApaDeadlinesFromTheCompleteDossier() {
        Deadlines.ApaDeadlines apa = Deadlines.apa(LocalDate.of(2025, 2, 10));
        assertThat(apa.acknowledgement()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(apa.planProposal()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(apa.decision()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(Deadlines.apaDeemedGranted(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 4, 10), false)).isFalse();
        assertThat(Deadlines.apaDeemedGranted(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 4, 11), false)).isTrue();
        assertThat(Deadlines.apaDeemedGranted(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 4, 11), true)).isFalse();
    }

    @Test
    void aMonthAfterTheEndOfAMonthIsTheEndOfTheNextOne() {
        assertThat(Deadlines.transmissionDue(LocalDate.of(2025, 1, 31))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(Deadlines.transmissionDue(LocalDate.of(2024, 1, 31))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Deadlines.transmissionDue(LocalDate.of(2025, 3, 31))).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(Deadlines.transmissionDue(LocalDate.of(2025, 12, 15))).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void theAlertStartsOnDayTwentyAndDaysLeftTurnNegativeWhenOverdue() {
        LocalDate deposit = LocalDate.of(2025, 3, 5);
        assertThat(Deadlines.transmissionAlertFrom(deposit)).isEqualTo(LocalDate.of(2025, 3, 25));
        assertThat(Deadlines.daysLeft(Deadlines.transmissionDue(deposit), LocalDate.of(2025, 4, 1))).isEqualTo(4);
        assertThat(Deadlines.daysLeft(Deadlines.transmissionDue(deposit), LocalDate.of(2025, 4, 7))).isEqualTo(-2);
    }

    @Test
    void emergencyAdmissionIsNotifiedWithinThreeDays() {
        assertThat(Deadlines.emergencyNoticeDue(LocalDate.of(2025, 2, 27))).isEqualTo(LocalDate.of(2025, 3, 2));
    }
}
