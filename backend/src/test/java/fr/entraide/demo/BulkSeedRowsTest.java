package fr.entraide.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The COPY text lines, without a database. */
class BulkSeedRowsTest {

    @Test
    void textValuesAreEscapedAndNullsWritten() {
        assertThat(CopyRows.text(new StringBuilder(), "a\tb\\c\nd\re").toString()).isEqualTo("a\\tb\\\\c\\nd\\re");
        assertThat(CopyRows.text(new StringBuilder(), null).toString()).isEqualTo("\\N");
        assertThat(CopyRows.text(new StringBuilder(), "N'Diaye Éloïse").toString()).isEqualTo("N'Diaye Éloïse");
    }

    @Test
    void recordIdsDependOnThePersonAndTheOrganisation() {
        FictitiousPerson p = new FictitiousPeople(1, LocalDate.of(2026, 1, 1), List.of("38052")).next();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThat(BulkSeeder.recordId(a, p)).isEqualTo(BulkSeeder.recordId(a, p)).isNotEqualTo(BulkSeeder.recordId(b, p));
    }

    @Test
    void aLineHasOneFieldPerColumnWithTheCipherInHex() {
        FictitiousPerson p = new FictitiousPeople(1, LocalDate.of(2026, 1, 1), List.of("38052")).next();
        UUID organisation = UUID.randomUUID();
        UUID id = BulkSeeder.recordId(organisation, p);
        StringBuilder line = new StringBuilder();
        CopyRows.append(line, id, organisation, p, new byte[] { 1, (byte) 0xAB }, "f00d", "{\"a\":\"x\\\"y\"}");
        assertThat(line.toString()).endsWith("\n");
        String[] fields = line.substring(0, line.length() - 1).split("\t", -1);
        assertThat(fields).hasSize(CopyRows.COLUMNS.split(",").length);
        assertThat(fields[0]).isEqualTo(id.toString());
        assertThat(fields[1]).isEqualTo(organisation.toString());
        assertThat(fields[2]).isEqualTo("ACTIVE");
        assertThat(fields[11]).isEqualTo("\\\\x01ab");
        assertThat(fields[12]).isEqualTo("f00d");
        assertThat(fields[21]).isEqualTo("{\"a\":\"x\\\\\"y\"}");
        assertThat(fields[fields.length - 1]).isEqualTo("0");
    }
}
