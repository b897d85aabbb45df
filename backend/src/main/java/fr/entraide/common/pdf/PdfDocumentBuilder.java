package fr.entraide.common.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
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
    private static final PDColor LIGHT = new PDColor(new float[] { 0.93f, 0.93f, 0.97f }, PDDeviceRGB.INSTANCE);
    private static final PDColor RULE = new PDColor(new float[] { 0.75f, 0.75f, 0.8f }, PDDeviceRGB.INSTANCE);
    private static final PDColor WHITE = new PDColor(new float[] { 1f, 1f, 1f }, PDDeviceRGB.INSTANCE);

    private final String footer;
    private PDPageContentStream content;
    private float y;
    private String watermark;
    private final List<Attachment> attachments = new ArrayList<>();

    private record Attachment(String name, String description, byte[] data, String mimeType) {
    }

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

    /** Font files read once from the class path. */
    private static final Map<String, byte[]> FONT_BYTES = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Parsed fonts, one copy per thread (a parsed font reads its tables lazily and is not
     * thread-safe): parsing DejaVu for every document was most of the time of a small PDF. Each
     * document still embeds its own subset; PDFBox does not close a font it was given.
     */
    private static final ThreadLocal<Map<String, org.apache.fontbox.ttf.TrueTypeFont>> PARSED =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private PDType0Font load(String resource) throws IOException {
        Map<String, org.apache.fontbox.ttf.TrueTypeFont> parsed = PARSED.get();
        org.apache.fontbox.ttf.TrueTypeFont font = parsed.get(resource);
        if (font == null) {
            font = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(bytes(resource)));
            parsed.put(resource, font);
        }
        return PDType0Font.load(document, font, true);
    }

    /**
     * The font with its glyph substitution table (GSUB) hidden, so PDFBox writes no ligatures: with
     * them "Ztfftcop" became "Ztﬀtcop" for whoever copies, searches or extracts a name from the
     * PDF. The table's tag is renamed in the font's table directory; nothing else changes.
     */
    static byte[] withoutLigatures(byte[] font) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (buffer.getInt(record) == 0x47535542) { // "GSUB"
                buffer.putInt(record, 0x78535542); // "xSUB": a table nobody reads
            }
        }
        return font;
    }

    private static byte[] bytes(String resource) throws IOException {
        byte[] bytes = FONT_BYTES.get(resource);
        if (bytes == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException(resource);
                }
                bytes = withoutLigatures(in.readAllBytes());
            }
            FONT_BYTES.put(resource, bytes);
        }
        return bytes;
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

    /** A form's header: the form number in a box on the left, the title and subtitle beside it. */
    public PdfDocumentBuilder formHeader(String formNumber, String title, String subtitle) {
        float boxWidth = 120;
        List<String> titleLines = wrap(title, bold, 13, WIDTH - boxWidth - 14);
        List<String> subLines = wrap(subtitle == null ? "" : subtitle, regular, 9, WIDTH - boxWidth - 14);
        float height = Math.max(46, titleLines.size() * 13 * 1.3f + subLines.size() * 9 * 1.35f + 14);
        ensure(height + 10);
        try {
            content.setStrokingColor(BLUE);
            content.setLineWidth(1.2f);
            content.addRect(MARGIN, y - height, boxWidth, height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> numberLines = wrap(formNumber, bold, 10, boxWidth - 12);
        float ny = y - height / 2 + (numberLines.size() * 12) / 2f - 9;
        for (String line : numberLines) {
            float w = width(line, bold, 10);
            text(line, bold, 10, BLUE, MARGIN + (boxWidth - w) / 2, ny);
            ny -= 12;
        }
        float ty = y - 15;
        for (String line : titleLines) {
            text(line, bold, 13, BLUE, MARGIN + boxWidth + 12, ty);
            ty -= 13 * 1.3f;
        }
        for (String line : subLines) {
            text(line, regular, 9, GREY, MARGIN + boxWidth + 12, ty);
            ty -= 9 * 1.35f;
        }
        y -= height + 10;
        return this;
    }

    /** A section of a form: white bold text on a blue band, the way official forms mark their parts. */
    public PdfDocumentBuilder band(String text) {
        ensure(48);
        y -= 6;
        float height = 17;
        try {
            content.setNonStrokingColor(BLUE);
            content.addRect(MARGIN, y - height, WIDTH, height);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text(sanitize(text, bold), bold, 10.5f, WHITE, MARGIN + 6, y - 12.2f);
        y -= height + 5;
        return this;
    }

    /** A label and its value in a light boxed field, as on a form; an empty value is shown as a dash. */
    public PdfDocumentBuilder field(String label, String value) {
        List<String> labelLines = wrap(label, regular, 8.5f, LABEL_WIDTH - 12);
        List<String> valueLines = wrap(value == null || value.isBlank() ? "—" : value, bold, 9.5f, WIDTH - LABEL_WIDTH - 10);
        float lineHeight = 9.5f * 1.35f;
        int lines = Math.max(labelLines.size(), valueLines.size());
        float height = lines * lineHeight + 5;
        ensure(height + 2);
        try {
            content.setNonStrokingColor(LIGHT);
            content.addRect(MARGIN + LABEL_WIDTH - 4, y - height, WIDTH - LABEL_WIDTH + 4, height);
            content.fill();
            content.setStrokingColor(RULE);
            content.setLineWidth(0.4f);
            content.moveTo(MARGIN, y - height);
            content.lineTo(MARGIN + WIDTH, y - height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float line = y - lineHeight + 1;
        for (int i = 0; i < lines; i++) {
            if (i < labelLines.size()) {
                text(labelLines.get(i), regular, 8.5f, GREY, MARGIN + 2, line);
            }
            if (i < valueLines.size()) {
                text(valueLines.get(i), bold, 9.5f, BLACK, MARGIN + LABEL_WIDTH + 2, line);
            }
            line -= lineHeight;
        }
        y -= height + 2;
        return this;
    }

    /** A checkbox (drawn, ticked with a cross when checked) followed by its text. */
    public PdfDocumentBuilder check(boolean checked, String label) {
        List<String> lines = wrap(label, regular, 9.5f, WIDTH - 20);
        float lineHeight = 9.5f * 1.35f;
        ensure(lines.size() * lineHeight + 4);
        float top = y - lineHeight + 1;
        box(MARGIN + 2, top - 1, 8, checked);
        for (String line : lines) {
            y -= lineHeight;
            text(line, regular, 9.5f, BLACK, MARGIN + 16, y);
        }
        y -= 3;
        return this;
    }

    /** Mutually exclusive options on one line, each with its box; the chosen one is crossed. */
    public PdfDocumentBuilder choices(String label, List<String> options, String chosen) {
        float lineHeight = 9.5f * 1.35f;
        ensure(lineHeight + 6);
        y -= lineHeight;
        text(sanitize(label, regular), regular, 8.5f, GREY, MARGIN + 2, y);
        float x = MARGIN + LABEL_WIDTH + 2;
        for (String option : options) {
            box(x, y - 1, 8, option.equals(chosen));
            text(sanitize(option, bold), bold, 9.5f, BLACK, x + 13, y);
            x += 13 + width(option, bold, 9.5f) + 24;
        }
        try {
            content.setStrokingColor(RULE);
            content.setLineWidth(0.4f);
            content.moveTo(MARGIN, y - 5);
            content.lineTo(MARGIN + WIDTH, y - 5);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 7;
        return this;
    }

    /** A table with a header row; rows wrap inside their cells and break across pages with the header repeated. */
    public PdfDocumentBuilder table(float[] widths, List<String> headers, List<List<String>> rows) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float[] cols = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            cols[i] = widths[i] / total * WIDTH;
        }
        tableRow(cols, headers, true);
        for (List<String> row : rows) {
            float needed = rowHeight(cols, row, false);
            if (y - needed < MARGIN + 20) {
                newPage();
                tableRow(cols, headers, true);
            }
            tableRow(cols, row, false);
        }
        y -= 4;
        return this;
    }

    /** A signature area: place, date and name, with room to sign. */
    public PdfDocumentBuilder signature(String left, String right) {
        ensure(70);
        y -= 8;
        text(sanitize(left, regular), regular, 9, BLACK, MARGIN, y - 10);
        text(sanitize(right, regular), regular, 9, BLACK, MARGIN + WIDTH / 2 + 10, y - 10);
        try {
            content.setStrokingColor(RULE);
            content.setLineWidth(0.6f);
            content.addRect(MARGIN + WIDTH / 2 + 10, y - 62, WIDTH / 2 - 10, 46);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 68;
        return this;
    }

    /** Diagonal text across every page (e.g. "PROJET" on a draft), drawn when the document is written. */
    public PdfDocumentBuilder watermark(String text) {
        this.watermark = text;
        return this;
    }

    /** A file attached to the PDF (embedded files name tree), e.g. the JSON of a dossier. */
    public PdfDocumentBuilder attach(String name, String description, byte[] data, String mimeType) {
        attachments.add(new Attachment(name, description, data, mimeType));
        return this;
    }

    private float rowHeight(float[] cols, List<String> cells, boolean header) {
        int lines = 1;
        for (int i = 0; i < cols.length; i++) {
            lines = Math.max(lines, wrap(i < cells.size() ? cells.get(i) : "", header ? bold : regular, 8.5f, cols[i] - 8).size());
        }
        return lines * 8.5f * 1.35f + 6;
    }

    private void tableRow(float[] cols, List<String> cells, boolean header) {
        float height = rowHeight(cols, cells, header);
        ensure(height);
        try {
            if (header) {
                content.setNonStrokingColor(LIGHT);
                content.addRect(MARGIN, y - height, WIDTH, height);
                content.fill();
            }
            content.setStrokingColor(RULE);
            content.setLineWidth(0.5f);
            float x = MARGIN;
            for (float c : cols) {
                content.addRect(x, y - height, c, height);
                x += c;
            }
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float x = MARGIN;
        for (int i = 0; i < cols.length; i++) {
            float ly = y - 8.5f * 1.35f - 1;
            String cell = i < cells.size() && cells.get(i) != null && !cells.get(i).isBlank() ? cells.get(i) : header ? "" : "—";
            for (String line : wrap(cell, header ? bold : regular, 8.5f, cols[i] - 8)) {
                text(line, header ? bold : regular, 8.5f, header ? BLUE : BLACK, x + 4, ly);
                ly -= 8.5f * 1.35f;
            }
            x += cols[i];
        }
        y -= height;
    }

    private void box(float x, float baseline, float size, boolean checked) {
        try {
            content.setStrokingColor(BLACK);
            content.setLineWidth(0.8f);
            content.addRect(x, baseline - 1, size, size);
            content.stroke();
            if (checked) {
                content.setLineWidth(1.2f);
                content.moveTo(x + 1.5f, baseline + 0.5f);
                content.lineTo(x + size - 1.5f, baseline + size - 2.5f);
                content.moveTo(x + 1.5f, baseline + size - 2.5f);
                content.lineTo(x + size - 1.5f, baseline + 0.5f);
                content.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drawWatermark(PDPage page) throws IOException {
        try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            PDExtendedGraphicsState state = new PDExtendedGraphicsState();
            state.setNonStrokingAlphaConstant(0.18f);
            stream.setGraphicsStateParameters(state);
            stream.setNonStrokingColor(new PDColor(new float[] { 0.8f, 0.1f, 0.1f }, PDDeviceRGB.INSTANCE));
            float size = 110;
            float w = bold.getStringWidth(watermark) / 1000 * size;
            stream.beginText();
            stream.setFont(bold, size);
            double angle = Math.toRadians(45);
            float cx = PDRectangle.A4.getWidth() / 2;
            float cy = PDRectangle.A4.getHeight() / 2;
            stream.setTextMatrix(Matrix.getRotateInstance(angle, cx - (float) (w / 2 * Math.cos(angle)) + 20,
                    cy - (float) (w / 2 * Math.sin(angle))));
            stream.showText(watermark);
            stream.endText();
        }
    }

    private void embedAttachments() throws IOException {
        if (attachments.isEmpty()) {
            return;
        }
        Map<String, PDComplexFileSpecification> names = new java.util.LinkedHashMap<>();
        for (Attachment a : attachments) {
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(a.name());
            spec.setFileUnicode(a.name());
            spec.setFileDescription(a.description());
            PDEmbeddedFile file = new PDEmbeddedFile(document, new java.io.ByteArrayInputStream(a.data()));
            file.setSubtype(a.mimeType());
            file.setSize(a.data().length);
            file.setCreationDate(Calendar.getInstance());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            names.put(a.name(), spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(names);
        PDDocumentNameDictionary dictionary = new PDDocumentNameDictionary(document.getDocumentCatalog());
        dictionary.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(dictionary);
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
                if (watermark != null) {
                    drawWatermark(document.getPage(i));
                }
            }
            embedAttachments();
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
