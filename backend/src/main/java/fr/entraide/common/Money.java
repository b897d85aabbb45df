package fr.entraide.common;

import java.util.Locale;

/** Amounts are kept in cents; this is how documents and messages write them ("1 234,50 €"). */
public final class Money {

    private Money() {
    }

    public static String euros(long cents) {
        return String.format(Locale.FRANCE, "%,.2f €", cents / 100.0).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
