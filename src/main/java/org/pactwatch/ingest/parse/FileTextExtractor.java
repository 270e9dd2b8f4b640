package org.pactwatch.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.pactwatch.ingest.fetch.TextDecoder;

/**
 * Text of uploaded and folder files: .txt (corpus headers understood), .html, .pdf (PDFBox) and .docx (POI).
 * Decompression bombs are contained: POI's zip-bomb checks (inflate ratio, entry and text size), a memory
 * ceiling and page cap for PDFBox, a cap on extracted characters, and a time limit per file.
 */
public final class FileTextExtractor {

    /** Extracted text beyond this is a bomb or not a document we want. */
    public static final int MAX_CHARS = 5_000_000;

    private static final long PDF_MEMORY = 256L * 1024 * 1024;
    private static final int MAX_PDF_PAGES = 2_000;
    private static final int MAX_GLYPHS_PER_PAGE = 200_000;
    private static final long TIME_LIMIT_SECONDS = 30;
    private static final ExecutorService WORKERS = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().daemon().name("file-extract-", 0).factory());

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(MAX_CHARS);
    }

    private FileTextExtractor() {}

    /** The file types this extractor reads, by extension. */
    public static boolean supports(String fileName) {
        String ext = extension(fileName);
        return ext.equals("txt") || ext.equals("html") || ext.equals("htm") || ext.equals("pdf") || ext.equals("docx");
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Turns a file's bytes into a draft; {@code url} names it (a file: URI or the upload's URL). */
    public static DocumentDraft extract(String fileName, String mediaType, byte[] bytes, String url)
            throws ParseException {
        String type = typeOf(fileName, mediaType);
        return switch (type) {
            case "pdf" ->
                titled(fileName, DocumentDraft.news(url, null, limited(() -> pdfText(bytes))))
                        .withContentType("application/pdf");
            case "docx" ->
                titled(fileName, DocumentDraft.news(url, null, limited(() -> docxText(bytes))))
                        .withContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            case "html" -> ArticleExtractor.extract(TextDecoder.decodeHtml(bytes, null), url == null ? "" : url);
            default -> {
                String text = TextDecoder.decode(bytes, null);
                if (SampleFile.looksLikeSample(text)) {
                    yield SampleFile.parse(text, url);
                }
                yield titled(fileName, DocumentDraft.news(url, null, HtmlText.tidy(text)))
                        .withContentType("text/plain");
            }
        };
    }

    private static String typeOf(String fileName, String mediaType) {
        String ext = extension(fileName == null ? "" : fileName);
        String media = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (ext.equals("pdf") || media.equals("application/pdf")) {
            return "pdf";
        }
        if (ext.equals("docx") || media.contains("wordprocessingml")) {
            return "docx";
        }
        if (ext.equals("html") || ext.equals("htm") || media.contains("html")) {
            return "html";
        }
        return "txt";
    }

    private static DocumentDraft titled(String fileName, DocumentDraft draft) {
        if (draft.title() != null || fileName == null) {
            return draft;
        }
        String base = fileName.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        return draft.withTitle(
                (dot > 0 ? base.substring(0, dot) : base).replace('-', ' ').replace('_', ' '));
    }

    private interface TextTask {
        String run() throws Exception;
    }

    private static String limited(TextTask task) throws ParseException {
        Future<String> future = WORKERS.submit(task::run);
        try {
            String text = HtmlText.tidy(future.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS));
            if (text.isBlank()) {
                throw new ParseException("file contains no text");
            }
            return text;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ParseException("text extraction took longer than " + TIME_LIMIT_SECONDS + " s (bomb?)");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ParseException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                throw new ParseException("file expands beyond the memory limit (bomb?)");
            }
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                throw new ParseException("zip bomb detected: " + firstLine(message));
            }
            throw new ParseException("cannot read file: " + firstLine(message), cause);
        }
    }

    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument pdf =
                Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(PDF_MEMORY).streamCache)) {
            PDFTextStripper stripper = new CappedStripper();
            stripper.setEndPage(MAX_PDF_PAGES);
            stripper.setSortByPosition(false);
            Writer out = new CappedWriter(MAX_CHARS);
            stripper.writeText(pdf, out);
            return out.toString();
        }
    }

    private static String docxText(byte[] bytes) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            if (text.length() > MAX_CHARS) {
                throw new IOException("document text is longer than " + MAX_CHARS + " characters (bomb?)");
            }
            return text;
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Stops a page that draws more glyphs than any real page: PDFBox collects a page's glyphs before it writes
     * them, so the writer's cap alone would come too late for a content-stream bomb.
     */
    private static final class CappedStripper extends PDFTextStripper {
        private int glyphsOnPage;

        @Override
        protected void startPage(PDPage page) throws IOException {
            glyphsOnPage = 0;
            super.startPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++glyphsOnPage > MAX_GLYPHS_PER_PAGE) {
                throw new IllegalStateException(
                        "a PDF page draws more than " + MAX_GLYPHS_PER_PAGE + " characters (bomb?)");
            }
            super.processTextPosition(text);
        }
    }

    /** A writer that fails once more than {@code max} characters were written, stopping runaway extraction. */
    private static final class CappedWriter extends StringWriter {
        private final int max;

        CappedWriter(int max) {
            this.max = max;
        }

        @Override
        public void write(String str, int off, int len) {
            check(len);
            super.write(str, off, len);
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            check(len);
            super.write(cbuf, off, len);
        }

        @Override
        public void write(int c) {
            check(1);
            super.write(c);
        }

        private void check(int more) {
            if (getBuffer().length() + more > max) {
                throw new IllegalStateException("extracted text is longer than " + max + " characters (bomb?)");
            }
        }
    }
}
