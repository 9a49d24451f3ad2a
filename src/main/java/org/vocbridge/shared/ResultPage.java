package org.vocbridge.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items the records on this page
 * @param page zero-based page number
 * @param size page size
 * @param total number of records on all pages; a lower bound when {@code totalExact} is false
 * @param totalExact whether {@code total} is the exact count
 */
public record ResultPage<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    public ResultPage(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
    }

    /**
     * Every item of the pages {@code readPage} gives (0, 1, … until the last), each mapped; a page is
     * read only when the items before it were taken, so an export streams a list of any length.
     */
    public static <T, R> Iterable<R> all(java.util.function.IntFunction<ResultPage<T>> readPage, Function<T, R> map) {
        return () -> new java.util.Iterator<>() {
            private int page = 0;
            private java.util.Iterator<T> current = java.util.Collections.emptyIterator();
            private boolean last = false;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !last) {
                    ResultPage<T> next = readPage.apply(page++);
                    current = next.items().iterator();
                    last = !next.hasNext();
                }
                return current.hasNext();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return map.apply(current.next());
            }
        };
    }

    public static <T> ResultPage<T> of(org.springframework.data.domain.Page<T> page) {
        return new ResultPage<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
    }
}
