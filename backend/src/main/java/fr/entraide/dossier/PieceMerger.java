package fr.entraide.dossier;

import fr.entraide.aidrequest.documents.Document;
import fr.entraide.aidrequest.documents.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * One PDF for transmission: the dossier's form, then every pièce received for the request in the
 * order of the checklist — PDF pièces page by page, JPEG and PNG pièces each on an A4 page.
 */
@ApplicationScoped
public class PieceMerger {

    private static final float MARGIN = 36;

    @Inject
    DocumentStore store;

    public byte[] merge(byte[] form, java.util.UUID requestId) {
        List<Document> documents = Document.list("requestId = ?1 order by pieceCode, uploadedAt", requestId);
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument target = Loader.loadPDF(form)) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Document document : documents) {
                byte[] bytes;
                try (InputStream in = store.get(document.storageKey)) {
                    bytes = in.readAllBytes();
                }
                if ("application/pdf".equals(document.contentType)) {
                    PDDocument source = Loader.loadPDF(new RandomAccessReadBuffer(bytes));
                    sources.add(source);
                    merger.appendDocument(target, source);
                } else {
                    imagePage(target, bytes, document.filename);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            target.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (PDDocument source : sources) {
                try {
                    source.close();
                } catch (IOException ignored) {
                    // closing a read-only source cannot lose data
                }
            }
        }
    }

    private static void imagePage(PDDocument target, byte[] bytes, String name) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(target, bytes, name);
        PDPage page = new PDPage(PDRectangle.A4);
        target.addPage(page);
        float maxW = PDRectangle.A4.getWidth() - 2 * MARGIN;
        float maxH = PDRectangle.A4.getHeight() - 2 * MARGIN;
        float scale = Math.min(maxW / image.getWidth(), maxH / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        try (PDPageContentStream content = new PDPageContentStream(target, page)) {
            content.drawImage(image, (PDRectangle.A4.getWidth() - w) / 2, PDRectangle.A4.getHeight() - MARGIN - h, w, h);
        }
    }
}
