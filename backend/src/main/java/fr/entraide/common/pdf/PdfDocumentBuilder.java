package fr.entraide.common.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;

/**
 * A small flowing-document writer over PDFBox: A4 pages, embedded DejaVu fonts (every French
 * character, œ and € included), headings, label/value rows, paragraphs, automatic page breaks and
 * "page n / N" footers. Used for every PDF the application produces.
 */
public final class PdfDocumentBuilder implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 170;
    private static final PDColor BLUE = new PDColor(new float[] { 0f, 0f, 0.57f }, PDDeviceRGB.INSTANCE);
    private static final PDColor GREY = new PDColor(new float[] { 0.4f, 0.4f, 0.4f }, PDDeviceRGB.INSTANCE);
    private static final PDColor BLACK = new PDColor(new float[] { 0f, 0f, 0f }, PDDeviceRGB.INSTANCE);

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final String footer;
    private PDPageContentStream content;
    private float y;

    public PdfDocumentBuilder(String title, String author, String footer) {
        try {
            regular = load("fonts/DejaVuSans.ttf");
            bold = load("fonts/DejaVuSans-Bold.ttf");
        } catch (IOException e) {
            throw new UncheckedIOException("Missing embedded fonts", e);
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("Entraide");
        this.footer = footer;
        newPage();
    }

    private PDType0Font load(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    public PDDocument document() {
        return document;
    }

    public PdfDocumentBuilder title(String text) {
        return write(text, bold, 16, BLUE, MARGIN, WIDTH, 8);
    }

    public PdfDocumentBuilder subtitle(String text) {
        return write(text, regular, 10, GREY, MARGIN, WIDTH, 10);
    }

    public PdfDocumentBuilder heading(String text) {
        ensure(40);
        y -= 8;
        write(text, bold, 12, BLUE, MARGIN, WIDTH, 2);
        try {
            content.setStrokingColor(BLUE);
            content.setLineWidth(0.7f);
            content.moveTo(MARGIN, y - 2);
            content.lineTo(MARGIN + WIDTH, y - 2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 8;
        return this;
    }

    public PdfDocumentBuilder paragraph(String text) {
        return write(text, regular, 10, BLACK, MARGIN, WIDTH, 4);
    }

    public PdfDocumentBuilder note(String text) {
        return write(text, regular, 8.5f, GREY, MARGIN, WIDTH, 4);
    }

    /** A label and its value side by side; an empty value is shown as a dash. */
    public PdfDocumentBuilder row(String label, String value) {
        List<String> labelLines = wrap(label, bold, 9.5f, LABEL_WIDTH - 10);
        List<String> valueLines = wrap(value == null || value.isBlank() ? "—" : value, regular, 9.5f, WIDTH - LABEL_WIDTH);
        int lines = Math.max(labelLines.size(), valueLines.size());
        float lineHeight = 9.5f * 1.35f;
        ensure(lines * lineHeight + 2);
        float top = y;
        for (int i = 0; i < lines; i++) {
            y -= lineHeight;
            if (i < labelLines.size()) {
                text(labelLines.get(i), bold, 9.5f, GREY, MARGIN, y);
            }
            if (i < valueLines.size()) {
                text(valueLines.get(i), regular, 9.5f, BLACK, MARGIN + LABEL_WIDTH, y);
            }
        }
        y = Math.min(y, top - lineHeight) - 2;
        return this;
    }

    public PdfDocumentBuilder space(float points) {
        y -= points;
        return this;
    }

    public byte[] toBytes() {
        try {
            content.close();
            int total = document.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String page = "Page " + (i + 1) + " / " + total;
                    stream.beginText();
                    stream.setFont(regular, 8);
                    stream.setNonStrokingColor(GREY);
                    stream.newLineAtOffset(MARGIN, 30);
                    stream.showText(sanitize(footer, regular));
                    stream.newLineAtOffset(WIDTH - regular.getStringWidth(page) / 1000 * 8, 0);
                    stream.showText(page);
                    stream.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfDocumentBuilder write(String text, PDType0Font font, float size, PDColor color, float x, float width, float after) {
        float lineHeight = size * 1.35f;
        for (String line : wrap(text, font, size, width)) {
            ensure(lineHeight);
            y -= lineHeight;
            text(line, font, size, color, x, y);
        }
        y -= after;
        return this;
    }

    private void text(String line, PDType0Font font, float size, PDColor color, float x, float baseline) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(color);
            content.newLineAtOffset(x, baseline);
            content.showText(line);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure(float height) {
        if (y - height < MARGIN + 20) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits text into lines that fit the width, breaking on spaces (or inside very long words). */
    static List<String> wrap(String text, PDType0Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : sanitize(text == null ? "" : text, font).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, font, size) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return Float.MAX_VALUE;
        }
    }

    /** Replaces what the font cannot draw (control characters, rare symbols) instead of failing. */
    static String sanitize(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
                return;
            }
            if (cp == '\t') {
                out.append(' ');
                return;
            }
            if (Character.isISOControl(cp)) {
                return;
            }
            try {
                font.encode(new String(Character.toChars(cp)));
                out.appendCodePoint(cp);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
