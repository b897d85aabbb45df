package fr.entraide.beneficiary.nir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed INSEE country list (refdata/pays.tsv.gz, built by backend/scripts/refdata/countries)
 * is in the format ReferenceDataLoader reads, and holds the codes the NIR rules rely on.
 */
class CountryCodesFileTest {

    private static final List<String> comments = new ArrayList<>();
    private static String header;
    private static final Map<String, String[]> rows = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = CountryCodesFileTest.class.getClassLoader().getResourceAsStream("refdata/pays.tsv.gz")) {
            assertThat(in).as("refdata/pays.tsv.gz on the classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    comments.add(line);
                } else if (header == null) {
                    header = line;
                } else {
                    String[] cells = line.split("\t", -1);
                    assertThat(rows.put(cells[0], cells)).as("duplicate code %s", cells[0]).isNull();
                }
            }
        }
    }

    @Test
    void namesItsSourceAndHasTheExpectedHeader() {
        assertThat(comments).anyMatch(line -> line.startsWith("# source: INSEE") && line.contains("insee.fr/fr/information/2028273"));
        assertThat(header).isEqualTo("code\tname\tiso2\tactual");
    }

    @Test
    void everyRowIsAFourCellInseeCountryCode() {
        assertThat(rows).hasSizeGreaterThan(200);
        Set<String> actualValues = new HashSet<>();
        for (String[] cells : rows.values()) {
            assertThat(cells).hasSize(4);
            assertThat(cells[0]).matches("99\\d{3}");
            assertThat(cells[1]).isNotBlank();
            assertThat(cells[2]).matches("([A-Z]{2})?");
            actualValues.add(cells[3]);
        }
        assertThat(actualValues).containsExactlyInAnyOrder("true", "false");
    }

    @Test
    void holdsTheCountriesOfTheDomainTestCases() {
        assertThat(rows.get("99139")).containsExactly("99139", "Portugal", "PT", "true");
        assertThat(rows.get("99350")).containsExactly("99350", "Maroc", "MA", "true");
        assertThat(rows.get("99351")).containsExactly("99351", "Tunisie", "TN", "true");
        assertThat(rows.get("99352")).containsExactly("99352", "Algérie", "DZ", "true");
    }

    @Test
    void keepsDefunctStatesThatOlderPeopleWereBornIn() {
        assertThat(rows.get("99115")[1]).isEqualTo("TCHÉCOSLOVAQUIE");
        assertThat(rows.get("99115")[3]).isEqualTo("false");
        assertThat(rows.get("99141")[3]).isEqualTo("false");
        assertThat(rows.get("99230")[3]).as("Hong Kong, a territory with its own code").isEqualTo("true");
    }
}
