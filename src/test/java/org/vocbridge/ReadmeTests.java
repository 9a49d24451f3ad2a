package org.vocbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

/** The README's "Where is…" table leads to code that exists: a moved or renamed class fails here. */
class ReadmeTests {

    static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void everyClassAndFileTheWhereIsTableNamesExists() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("| to find | module | where |");
        assertThat(start).as("the table is in the README").isPositive();
        List<String> rows = readme.substring(start)
                .lines()
                .takeWhile(l -> l.startsWith("|"))
                .skip(2)
                .toList();
        assertThat(rows).hasSizeGreaterThan(20);
        List<String> missing = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split("\\|");
            String module = cells[2].strip();
            String previousPackage = "org.vocbridge." + module;
            Path previousFile = null;
            Matcher m = CODE.matcher(cells[3]);
            while (m.find()) {
                String name = m.group(1);
                if (name.contains("/")) {
                    previousFile = Path.of("src/main/resources", name);
                    if (!Files.exists(previousFile)) {
                        missing.add(name);
                    }
                } else if (Character.isLowerCase(name.charAt(0)) && !name.contains(".")) {
                    // a template fragment of the file named before it
                    if (previousFile == null
                            || !Files.readString(previousFile).contains("th:fragment=\"" + name + "(")) {
                        missing.add(name + " in " + previousFile);
                    }
                } else {
                    String type = qualified(name, module, previousPackage);
                    previousPackage = type.substring(0, type.lastIndexOf('.'));
                    if (!ClassUtils.isPresent(type, getClass().getClassLoader())) {
                        missing.add(type);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A name from a module's package (`domain.Agreements`), another module's (`taxonomy.Codes`), or bare. */
    static String qualified(String name, String module, String previousPackage) {
        if (!name.contains(".")) {
            return previousPackage + "." + name;
        }
        String first = name.substring(0, name.indexOf('.'));
        boolean otherModule = Files.isDirectory(Path.of("src/main/java/org/vocbridge", first))
                && !first.equals("web")
                && !first.equals("domain");
        return otherModule ? "org.vocbridge." + name : "org.vocbridge." + module + "." + name;
    }
}
