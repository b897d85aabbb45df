package fr.entraide.demo;

import fr.entraide.beneficiary.BeneficiaryQuery;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Rows of the beneficiary table in PostgreSQL's COPY text format: tab-separated, {@code \N} for
 * null, backslash escapes. The generated columns (search_name, identity_key) are left to
 * PostgreSQL, as an insert by the service would.
 */
final class CopyRows {

    /** The columns each line fills, in order; the others take their defaults (null, false). */
    static final String COLUMNS = "id, organisation_id, status, birth_name, usage_name, first_names, sex, birth_date, "
            + "birth_place_code, birth_place_label, nationality, nir_cipher, nir_index, phone, phone_digits, email, "
            + "commune_code, outside_territory, gir, rgpd_informed_on, last_contact_on, details, created_at, updated_at, version";

    private static final HexFormat HEX = HexFormat.of();

    private CopyRows() {
    }

    /** Appends one line (with its newline) for a person of the organisation, as a new ACTIVE record of version 0. */
    static void append(StringBuilder out, UUID id, UUID organisationId, FictitiousPerson p, byte[] nirCipher, String nirIndex,
            String detailsJson) {
        out.append(id).append('\t')
                .append(organisationId).append('\t')
                .append("ACTIVE").append('\t');
        text(out, p.birthName()).append('\t');
        text(out, p.usageName()).append('\t');
        text(out, p.firstNamesText()).append('\t');
        out.append(p.sex().name()).append('\t')
                .append(p.birthDate()).append('\t');
        text(out, p.birthPlaceCode()).append('\t');
        text(out, p.birthPlaceLabel()).append('\t');
        out.append(p.nationality().name()).append('\t');
        if (nirCipher == null) {
            out.append("\\N");
        } else {
            // bytea in hex form; the backslash of \x is itself escaped in COPY text.
            out.append("\\\\x").append(HEX.formatHex(nirCipher));
        }
        out.append('\t');
        text(out, nirIndex).append('\t');
        text(out, p.phone()).append('\t');
        text(out, p.phone() == null ? null : BeneficiaryQuery.phoneDigits(p.phone())).append('\t');
        text(out, p.email()).append('\t');
        text(out, p.communeCode()).append('\t');
        out.append('f').append('\t');
        text(out, p.gir() == null ? null : p.gir().toString()).append('\t');
        text(out, p.rgpdInformedOn() == null ? null : p.rgpdInformedOn().toString()).append('\t');
        text(out, p.lastContactOn() == null ? null : p.lastContactOn().toString()).append('\t');
        text(out, detailsJson).append('\t');
        out.append(p.createdAt()).append('\t')
                .append(p.createdAt()).append('\t')
                .append('0').append('\n');
    }

    /** A text value escaped for COPY, or \N. */
    static StringBuilder text(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }
}
