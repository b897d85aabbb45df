package fr.entraide.common.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** What any document of ours gives back to whoever reads, copies or searches it. */
class PdfDocumentBuilderTest {

    @Test
    void namesAreWrittenLetterByLetterWithoutLigatures() throws Exception {
        String names = "Ztfftcop Affûté Fléchier Officière Ælis Œillet Ÿvette";
        byte[] pdf = new PdfDocumentBuilder("Essai", "Entraide", "Pied de page").title(names).heading(names).paragraph(names)
                .toBytes();
        // The glyphs as written, before PDFBox's text extraction folds ligatures back into letters
        // (pdftotext and copy-paste do not).
        StringBuilder glyphs = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.append(text.getUnicode());
                super.processTextPosition(text);
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(stripper.getText(document)).contains(names);
        }
        assertThat(glyphs.toString()).contains("Ztfftcop").doesNotContain("\uFB00").doesNotContain("\uFB01").doesNotContain("\uFB02");
    }
}
