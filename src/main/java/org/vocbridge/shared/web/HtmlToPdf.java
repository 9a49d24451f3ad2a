package org.vocbridge.shared.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a well-formed XHTML page into a PDF with the fonts embedded. Chinese, Russian and English
 * need TrueType fonts that hold their glyphs; they are taken from {@code vocbridge.pdf.fonts} (by
 * default the Debian locations of DejaVu Sans and Droid Sans Fallback). A text that no font can
 * show is refused with {@link MissingFontException} instead of printing empty boxes.
 */
@Component
public class HtmlToPdf {

    private static final Logger log = LoggerFactory.getLogger(HtmlToPdf.class);

    private static final String FAMILY = "vocbridge-pdf-";

    private final List<File> files = new ArrayList<>();
    private final List<Font> fonts = new ArrayList<>();

    HtmlToPdf(@Value("${vocbridge.pdf.fonts}") List<String> paths) {
        for (String path : paths) {
            File file = new File(path.strip());
            if (!file.isFile()) {
                continue;
            }
            try {
                fonts.add(Font.createFont(Font.TRUETYPE_FONT, file));
                files.add(file);
            } catch (FontFormatException | IOException e) {
                log.warn("Not a usable TrueType font for PDF output: {}", file);
            }
        }
        if (files.isEmpty()) {
            log.warn("No font for PDF output found in {}; PDF exports are refused", paths);
        }
    }

    /** The CSS font-family list of the configured fonts, in order: a glyph missing in one comes from the next. */
    public String fontFamilies() {
        List<String> families = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            families.add("'" + FAMILY + i + "'");
        }
        families.add("sans-serif");
        return String.join(", ", families);
    }

    /** A text holds characters that none of the configured fonts can show. */
    public static class MissingFontException extends RuntimeException {
        public MissingFontException(String missing) {
            super("No PDF font shows: " + missing);
        }
    }

    private int firstMissing(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isISOControl(cp)) {
                boolean shown = fonts.stream().anyMatch(f -> f.canDisplay(cp));
                if (!shown) {
                    return i;
                }
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * Renders the page.
     *
     * @param xhtml a well-formed XHTML document whose styles use {@link #fontFamilies()}
     * @param text the page's visible text, checked against the fonts first
     */
    public byte[] render(String xhtml, String text) {
        int missing = firstMissing(text);
        if (missing >= 0) {
            throw new MissingFontException(text.substring(missing, text.offsetByCodePoints(missing, 1)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (int i = 0; i < files.size(); i++) {
                builder.useFont(files.get(i), FAMILY + i);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
