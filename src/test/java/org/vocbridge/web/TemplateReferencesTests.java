package org.vocbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

/**
 * A template names Java types ({@code T(org.vocbridge...)}) and beans ({@code @texts}) as text that
 * no compiler checks: a class moved to another package would fail only on the page that shows it.
 */
class TemplateReferencesTests {

    static final Pattern TYPE = Pattern.compile("T\\((org\\.vocbridge[\\w.]*)\\)");
    static final Pattern BEAN = Pattern.compile("\\$\\{@(\\w+)\\.");

    @Test
    void everyTypeATemplateNamesExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String type : references(TYPE)) {
            if (!ClassUtils.isPresent(type, getClass().getClassLoader())) {
                missing.add(type);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyBeanATemplateNamesIsAComponentOfThatName() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String bean : references(BEAN)) {
            String className = Character.toUpperCase(bean.charAt(0)) + bean.substring(1) + ".java";
            try (Stream<Path> sources = Files.walk(MessagesTests.SOURCES)) {
                if (sources.noneMatch(p -> p.getFileName().toString().equals(className))) {
                    missing.add(bean);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** htmx reads its attributes with a {@code data-} prefix too: only those are valid HTML. */
    @Test
    void htmxAttributesAreWrittenAsDataAttributes() throws IOException {
        Set<String> attributes = references(Pattern.compile("\\s((?:th:)?(?:data-)?hx-[a-z-]+)="));
        assertThat(attributes).allMatch(attribute -> attribute.startsWith("data-hx-"));
    }

    static Set<String> references(Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(MessagesTests.TEMPLATES)) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = pattern.matcher(Files.readString(template));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        assertThat(found).as("the pattern finds references").isNotEmpty();
        return found;
    }
}
