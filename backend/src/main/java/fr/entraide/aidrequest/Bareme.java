package fr.entraide.aidrequest;

import fr.entraide.common.Money;
import java.util.List;
import java.util.Locale;

/**
 * The barème of a facultative aid from its règlement intérieur (DOMAIN.md §5.2): the amount
 * follows brackets of either the daily reste à vivre per person, or the CAF-style quotient
 * familial. Pure: the computation is shown to the agent and tested on its own.
 */
public record Bareme(Basis basis, List<Bracket> brackets) {

    public enum Basis { RESTE_A_VIVRE_JOUR, QUOTIENT_FAMILIAL }

    /** Up to this value of the basis (inclusive, in cents), this amount (in cents). */
    public record Bracket(long upToCents, long amountCents) {
    }

    /** What the barème gives for a household, and how. */
    public record Result(Basis basis, long basisValueCents, long amountCents, String explanation) {
    }

    /** The household as the barème sees it. */
    public record Household(long monthlyResourcesCents, long monthlyChargesCents, boolean couple, int dependentChildren,
            int otherMembers) {

        public int persons() {
            return 1 + (couple ? 1 : 0) + dependentChildren + otherMembers;
        }

        /** CAF parts: 1, 2 for a couple, +0.5 for each of the first two children, +1 from the third. */
        public double parts() {
            double parts = couple ? 2 : 1;
            for (int child = 1; child <= dependentChildren; child++) {
                parts += child <= 2 ? 0.5 : 1;
            }
            if (!couple && dependentChildren > 0) {
                parts += 0.5; // single parent
            }
            return parts;
        }
    }

    public Result apply(Household household) {
        long value = switch (basis) {
            case RESTE_A_VIVRE_JOUR -> Math.floorDiv(household.monthlyResourcesCents() - household.monthlyChargesCents(),
                    household.persons() * 30L);
            case QUOTIENT_FAMILIAL -> Math.round(household.monthlyResourcesCents() / household.parts());
        };
        long amount = 0;
        Bracket matched = null;
        for (Bracket bracket : brackets) {
            if (value <= bracket.upToCents()) {
                amount = bracket.amountCents();
                matched = bracket;
                break;
            }
        }
        String basisText = switch (basis) {
            case RESTE_A_VIVRE_JOUR -> String.format(Locale.FRANCE,
                    "Reste à vivre : (%s de ressources − %s de charges) ÷ %d personne(s) ÷ 30 jours = %s par jour et par personne",
                    Money.euros(household.monthlyResourcesCents()), Money.euros(household.monthlyChargesCents()), household.persons(), Money.euros(value));
            case QUOTIENT_FAMILIAL -> String.format(Locale.FRANCE, "Quotient familial : %s de ressources ÷ %s part(s) = %s",
                    Money.euros(household.monthlyResourcesCents()), formatParts(household.parts()), Money.euros(value));
        };
        String outcome = matched == null ? "au-dessus du dernier seuil du barème : pas d'aide au titre du barème"
                : "jusqu'à " + Money.euros(matched.upToCents()) + " : " + Money.euros(amount);
        return new Result(basis, value, amount, basisText + " ; tranche " + outcome + ".");
    }

    private static String formatParts(double parts) {
        return parts == Math.rint(parts) ? Long.toString((long) parts) : String.format(Locale.FRANCE, "%.1f", parts);
    }
}
