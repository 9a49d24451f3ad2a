package org.vocbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI string is in the bundles, in Chinese, English and Russian. */
class MessagesTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path SOURCES = Path.of("src/main/java");

    static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream("/messages/messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyBundleHasEveryKeyWithAText() throws IOException {
        Properties english = bundle("");
        for (String suffix : List.of("_zh", "_ru")) {
            Properties other = bundle(suffix);
            assertThat(other.stringPropertyNames()).as(suffix).isEqualTo(english.stringPropertyNames());
            other.forEach((key, value) ->
                    assertThat(value.toString()).as(suffix + " " + key).isNotBlank());
        }
    }

    /** A message with arguments is a MessageFormat pattern; one that does not parse fails on the page that shows it. */
    @Test
    void everyMessageWithArgumentsIsAValidPattern() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String suffix : List.of("", "_zh", "_ru")) {
            bundle(suffix).forEach((key, value) -> {
                if (value.toString().contains("{0")) {
                    try {
                        new MessageFormat(value.toString(), Locale.ROOT);
                    } catch (IllegalArgumentException e) {
                        broken.add("messages" + suffix + " " + key + ": " + e.getMessage());
                    }
                }
            });
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theChineseAndRussianBundlesAreTranslated() throws IOException {
        Properties english = bundle("");
        for (String suffix : List.of("_zh", "_ru")) {
            Properties other = bundle(suffix);
            long same = english.stringPropertyNames().stream()
                    .filter(key -> english.getProperty(key).equals(other.getProperty(key)))
                    .filter(key -> !key.startsWith("language.")) // each language is named in itself
                    .filter(key -> hasWords(english.getProperty(key)))
                    .count();
            assertThat(same).as("keys of %s left in English", suffix).isZero();
        }
    }

    @Test
    void everyMessageKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        Pattern templateKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*[\\w])[}(]");
        Pattern codeKey = Pattern.compile("\"((?:error|membership|chair|admin)\\.[a-zA-Z.]+)\"");
        for (Path file : files(TEMPLATES, ".html")) {
            collect(templateKey, Files.readString(file), keys, missing, file);
        }
        for (Path file : files(SOURCES, ".java")) {
            collect(codeKey, Files.readString(file), keys, missing, file);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownOnPagesHasItsLabels() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        check(keys, missing, "organization.kind.", org.vocbridge.directory.OrganizationKind.values());
        check(keys, missing, "organization.status.", org.vocbridge.directory.OrganizationStatus.values());
        check(keys, missing, "membership.role.", org.vocbridge.directory.MembershipRole.values());
        check(keys, missing, "membership.status.", org.vocbridge.directory.MembershipStatus.values());
        check(keys, missing, "role.", org.vocbridge.accounts.Role.values());
        for (var status : org.vocbridge.directory.MembershipStatus.values()) {
            status.next().forEach(next -> {
                if (!keys.contains("membership.action." + next)) {
                    missing.add("membership.action." + next);
                }
            });
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Templates hold no text of their own: what is left after removing comments, scripts and the
     * elements whose content Thymeleaf replaces must not contain letters, and no plain attribute
     * may carry words a person reads.
     */
    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern replaced = Pattern.compile(
                "<(?!html\\b)([a-zA-Z][\\w:]*)\\b[^>]*\\bth:(?:text|utext|replace)=\"[^\"]*\"[^>]*>.*?</\\1>",
                Pattern.DOTALL);
        Pattern plainAttribute = Pattern.compile("\\s(?:title|alt|placeholder|aria-label)=\"([^\"]*\\p{L}[^\"]*)\"");
        for (Path file : files(TEMPLATES, ".html")) {
            String html = Files.readString(file)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script\\b.*?</script>", "")
                    .replaceAll("(?s)<style\\b.*?</style>", "");
            Matcher attribute = plainAttribute.matcher(html);
            while (attribute.find()) {
                problems.add(file.getFileName() + ": attribute text \"" + attribute.group(1) + "\"");
            }
            String previous;
            do {
                previous = html;
                html = replaced.matcher(html).replaceAll("");
            } while (!html.equals(previous));
            String text = html.replaceAll("(?s)<[^>]*>", " ").replaceAll("&[a-z#0-9]+;", " ");
            for (String word : text.split("\\s+")) {
                if (word.codePoints().anyMatch(Character::isLetter)) {
                    problems.add(file.getFileName() + ": text \"" + word + "\"");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Whether a message has words to translate, beyond placeholders and the product's names. */
    private static boolean hasWords(String message) {
        String words =
                message.replaceAll("\\{\\d+}", "").replace("VocBridge", "").replace("API", "");
        return words.codePoints().anyMatch(Character::isLetter);
    }

    private static void check(Set<String> keys, List<String> missing, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            if (!keys.contains(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> keys, Set<String> missing, Path file) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String key = matcher.group(1);
            if (!keys.contains(key) && !key.endsWith(".")) {
                missing.add(key + " (" + file.getFileName() + ")");
            }
        }
    }

    private static List<Path> files(Path root, String extension) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(extension)).toList();
        }
    }
}
