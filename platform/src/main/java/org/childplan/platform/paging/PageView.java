package org.childplan.platform.paging;

import java.util.List;
import java.util.function.Function;

/** The paging envelope every list answers with. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.page(), page.size(), page.total());
    }
}
