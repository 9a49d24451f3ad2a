package org.vocbridge.it;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every page and PDF the suite receives is read for a year written as a number with a grouping
 * separator ("annual report 2,025", "2 024"): in titles, headings, captions, table headers and
 * labels of pages, and in the report lines of PDFs, where counts do not stand.
 */
final class YearsAsWritten {

    /** 1900–2099 with a comma, a full stop or a (narrow, no-break) space after its first digit. */
    private static final Pattern GROUPED_YEAR =
            Pattern.compile("(?<![\\d.,])(?:1[,.\\u00A0\\u202F ]9|2[,.\\u00A0\\u202F ]0)\\d{2}(?![\\d])");

    private static final Pattern REPORT_LINE = Pattern.compile("(?i).*(report|报告|отч[её]т).*");

    private YearsAsWritten() {}

    static void check(URI address, String contentType, byte[] body) {
        List<String> texts = new ArrayList<>();
        if (contentType.startsWith("text/html")) {
            Document page = Jsoup.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            for (Element e : page.select("title, h1, h2, h3, h4, caption, figcaption, th, legend, [aria-label]")) {
                texts.add(e.ownText());
                texts.add(e.attr("aria-label"));
            }
        } else if (contentType.startsWith("application/pdf")) {
            try (PDDocument pdf = Loader.loadPDF(body)) {
                for (String line : new PDFTextStripper().getText(pdf).split("\\R")) {
                    if (REPORT_LINE.matcher(line).matches()) {
                        texts.add(line);
                    }
                }
            } catch (IOException unreadable) {
                return;
            }
        }
        for (String text : texts) {
            if (GROUPED_YEAR.matcher(text).find()) {
                throw new AssertionError("A year written with a grouping separator on " + address + ": " + text);
            }
        }
    }
}
