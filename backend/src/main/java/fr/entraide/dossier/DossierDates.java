package fr.entraide.dossier;

import fr.entraide.aidrequest.workflow.Deadlines;
import java.time.LocalDate;

/** The dates a dossier states (DOMAIN.md §9 rules 15, 16, 20, 22), as pure arithmetic. */
public final class DossierDates {

    private DossierDates() {
    }

    public record Dates(LocalDate transmissionDue, Integer taxNoticeIncomeYear, LocalDate apaAcknowledgementDue,
            LocalDate apaPlanProposalDue, LocalDate apaDecisionDue, LocalDate apaRightsFrom, LocalDate ashEffectiveOn) {
    }

    /**
     * @param requestDate the dépôt date (or today while the request is a draft)
     * @param completeOn  the complete-dossier date D, when known
     */
    public static Dates of(DossierKind kind, LocalDate depositedOn, LocalDate requestDate, LocalDate completeOn, LocalDate entryOn,
            boolean extended) {
        LocalDate transmission = depositedOn == null ? null : Deadlines.transmissionDue(depositedOn);
        LocalDate ack = null;
        LocalDate plan = null;
        LocalDate decision = null;
        LocalDate rights = null;
        if (kind.isApa() && completeOn != null) {
            Deadlines.ApaDeadlines apa = Deadlines.apa(completeOn);
            ack = apa.acknowledgement();
            plan = apa.planProposal();
            decision = apa.decision();
            if (kind == DossierKind.APA_ETABLISSEMENT) {
                rights = completeOn;
            }
        }
        LocalDate ash = kind.isAsh() && depositedOn != null && entryOn != null
                ? Deadlines.ashEffectiveDate(entryOn, depositedOn, extended) : null;
        return new Dates(transmission, taxNoticeIncomeYear(requestDate), ack, plan, decision, rights, ash);
    }

    /** Older annexe 2-3 rule: a request filed January–August of N asks the notice on N−2 income, September–December N−1. */
    public static int taxNoticeIncomeYear(LocalDate requestDate) {
        return requestDate.getYear() - (requestDate.getMonthValue() <= 8 ? 2 : 1);
    }

    /** The département of a commune code: three characters overseas (971…976), two otherwise (2A, 2B included). */
    public static String departementOf(String communeCode) {
        if (communeCode == null || communeCode.length() < 2) {
            return null;
        }
        return communeCode.startsWith("97") && communeCode.length() >= 3 ? communeCode.substring(0, 3) : communeCode.substring(0, 2);
    }
}
