package io.workplan.json.internal;

import io.workplan.core.Category;
import io.workplan.core.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Tasks name their category by its name, so in a JSON report no two categories may share one: the
 * rule, for the writer (which refuses such a report) and the reader (which refuses such a document).
 */
final class CategoryNames {
    private CategoryNames() {}

    /**
     * A problem for each category whose name an earlier category has already.
     *
     * @param categories the categories, some possibly {@code null} (unreadable)
     * @param at where the category of an index is, as the start of a problem
     * @return the problems, possibly none
     */
    static List<Problem> duplicates(List<Category> categories, IntFunction<Problem.Builder> at) {
        Map<String, Integer> first = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            Category category = categories.get(i);
            if (category == null) {
                continue;
            }
            Integer other = first.putIfAbsent(category.name(), i);
            if (other != null) {
                problems.add(at.apply(i).subject(Names.NAME).rawText(category.label())
                        .reason("the name '" + category.name() + "' is used by /categories/" + other + " ('"
                                + categories.get(other).label() + "') too; tasks name their category by name,"
                                + " so names must be unique in a JSON report")
                        .build());
            }
        }
        return problems;
    }
}
