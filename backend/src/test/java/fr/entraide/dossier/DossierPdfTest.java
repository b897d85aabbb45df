package fr.entraide.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The layout of each kind of dossier, without a database; the rendered files stay in target/ for a look. */
class DossierPdfTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static String render(DossierFixture fixture, String name) throws Exception {
        DossierDocument doc = fixture.document();
        byte[] pdf = DossierPdf.render(doc, MAPPER.writeValueAsBytes(doc));
        Files.createDirectories(Path.of("target/dossiers"));
        Files.write(Path.of("target/dossiers/" + name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void everyFrenchCharacterOfTheFileIsWritten() throws Exception {
        DossierFixture f = DossierFixture.of(DossierKind.APA_DOMICILE);
        f.birthName = "LŒUILLET-ÇÀÉÈÊËÎÏÔÙÛÜŸ";
        f.firstNames = List.of("Zoë", "Anaïs", "Benoît");
        f.address = new DossierDocument.Address("12 bis rue de l'Œuvre « côté cour »", "Bâtiment B", "38520", "38052", "Le Bourg-d'Oisans",
                "LOCATAIRE_PRIVE");
        assertThat(render(f, "accents")).contains("LŒUILLET-ÇÀÉÈÊËÎÏÔÙÛÜŸ", "Zoë Anaïs Benoît", "12 bis rue de l'Œuvre « côté cour »",
                "Bâtiment B", "Le Bourg-d'Oisans", "980,00 €");
    }

    @Test
    void aHomeApaFollowsTheCerfaParts() throws Exception {
        String text = render(DossierFixture.of(DossierKind.APA_DOMICILE), "apa-domicile");
        assertThat(text).contains("cerfa n° 16301*01", "Partie 1 — Identité du demandeur", "Partie 3 — Adresse et logement",
                "Partie 4 — Questionnaire d'autonomie et orientation", "Partie 5 — Ressources et caisses de retraite",
                "Partie 6 — Protection juridique et personnes à contacter", "Pièces justificatives", "Avis du président du CCAS",
                "Paul Président", "10/02/2025", "Personne isolée, ressources modestes.", "Page 1 / ");
    }

    @Test
    void anAshDossierListsTheObligesWithTheirContactDetails() throws Exception {
        DossierFixture f = DossierFixture.of(DossierKind.ASH_PA);
        f.obliges.add(new DossierDocument.Oblige("GENDRE_BELLE_FILLE", "LEMAÎTRE", "Chloé", "12 chemin des Prés, 38220 Vizille", "06 11 22 33 44",
                "chloe@example.fr", true, "Retrait de l'enfant par décision judiciaire"));
        String text = render(f, "ash-pa");
        assertThat(text).contains("Obligés alimentaires", "FERREIRA Ana", "1 rue Haute, 38000 Grenoble", "LEMAÎTRE Chloé",
                "06 11 22 33 44 chloe@example.fr", "Oui : Retrait de l'enfant par décision judiciaire", "EHPAD Les Tilleuls", "06/01/2025");
    }

    @Test
    void aDraftIsWatermarked() throws Exception {
        DossierFixture f = DossierFixture.of(DossierKind.APA_ETABLISSEMENT);
        f.establishment = new DossierDocument.Establishment("EHPAD", null, LocalDate.of(2025, 1, 6), null, false, null);
        DossierDocument doc = f.document();
        DossierDocument draft = new DossierDocument(doc.schemaVersion(), doc.kind(), doc.form(), doc.title(), 1, true, doc.generatedAt(),
                doc.generatedBy(), doc.organisation(), doc.request(), doc.applicant(), doc.spouse(), doc.household(), doc.resources(),
                doc.pensionFunds(), doc.benefitFund(), doc.autonomy(), doc.protection(), doc.aidant(), doc.personneDeConfiance(),
                doc.medecinTraitant(), doc.establishment(), doc.obligesAlimentaires(), doc.pieces(), doc.avis(), doc.notices());
        byte[] pdf = DossierPdf.render(draft, MAPPER.writeValueAsBytes(draft));
        Files.createDirectories(Path.of("target/dossiers"));
        Files.write(Path.of("target/dossiers/draft.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("PROJET");
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                // The watermark is the large diagonal text: gather the glyphs drawn above 100 pt.
                StringBuilder large = new StringBuilder();
                PDFTextStripper page = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                        positions.stream().filter(p -> p.getFontSizeInPt() > 100).forEach(p -> large.append(p.getUnicode()));
                    }
                };
                page.setSuppressDuplicateOverlappingText(false);
                page.setStartPage(i);
                page.setEndPage(i);
                page.getText(document);
                assertThat(large.toString()).as("page " + i).isEqualTo("PROJET");
            }
        }
    }
}
