package org.vocbridge.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hierarchical classification read from a tab-separated file of the project (code, English,
 * Chinese, Russian), parents before their children. A code's parent is the longest code above it
 * in the file that it starts with (0 for 01, but C for C10: ISIC's divisions are written after their
 * section's letter); its level is one more than its parent's.
 */
public final class Classification {

    private final String name;
    private final Map<String, Category> categories;

    private Classification(String name, Map<String, Category> categories) {
        this.name = name;
        this.categories = Collections.unmodifiableMap(categories);
    }

    public static Classification load(String name, String resource, int topLevelCodeLength) {
        Map<String, Category> categories = new LinkedHashMap<>();
        try (InputStream in = Classification.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classification file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                String code = cells[0];
                String parent = null;
                for (int end = code.length() - 1; end >= topLevelCodeLength && parent == null; end--) {
                    parent = categories.containsKey(code.substring(0, end)) ? code.substring(0, end) : null;
                }
                int level = parent == null ? 1 : categories.get(parent).level() + 1;
                List<String> titles = new ArrayList<>(List.of("en", cells[1]));
                if (cells.length > 2) {
                    titles.addAll(List.of("zh", cells[2]));
                }
                if (cells.length > 3) {
                    titles.addAll(List.of("ru", cells[3]));
                }
                categories.put(
                        code,
                        new Category(
                                code,
                                level,
                                parent,
                                org.vocbridge.shared.LocalizedText.of(titles.toArray(String[]::new))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Classification(name, categories);
    }

    public String name() {
        return name;
    }

    public List<Category> all() {
        return List.copyOf(categories.values());
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(code == null ? null : categories.get(code.strip()));
    }

    public boolean contains(String code) {
        return find(code).isPresent();
    }

    public List<Category> atLevel(int level) {
        return categories.values().stream().filter(c -> c.level() == level).toList();
    }

    public List<Category> children(String code) {
        return categories.values().stream().filter(c -> code.equals(c.parent())).toList();
    }

    /** The category and everything below it, in the classification's order. */
    public List<Category> under(String code) {
        return categories.values().stream()
                .filter(c -> isWithin(c.code(), code))
                .toList();
    }

    /** The category and everything above it, top first. */
    public List<Category> path(String code) {
        List<Category> path = new ArrayList<>();
        Optional<Category> current = find(code);
        while (current.isPresent()) {
            path.add(0, current.get());
            current = find(current.get().parent());
        }
        return path;
    }

    /** Whether {@code code} is {@code ancestor} or lies below it. */
    public boolean isWithin(String code, String ancestor) {
        return code != null && ancestor != null && code.startsWith(ancestor) && contains(code);
    }
}
