package io.workplan.sheet.internal;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.MarkedUnits;
import io.workplan.core.Progress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The values a sheet repeats, parsed once, for the {@link RowAssembler}: lead units, marked units,
 * categories, progress texts and leaders, each in a cache of the 4,096 used last
 * (a text longer than 64 characters, rarely repeated, is parsed each time),
 * so that what is held is bounded whatever the sheet's size.
 */
final class ReadCaches {
    private static final int CACHE_SIZE = 4096;
    private static final int CACHED_TEXT_LENGTH = 64;
    private static final Pattern MARKS = Pattern.compile("[*＊★☆※]");

    private final Map<String, List<LeadUnit>> unitCache = lru();
    private final Map<String, MarkedUnits> markedCache = lru();
    private final Map<String, Category> categoryCache = lru();
    private final Map<String, Progress> progressCache = lru();
    private final Map<String, String> leaderCache = lru();
    /** The lead-unit text last looked at for marks ({@link #isMarked}), and whether it has any. */
    private String markedLeads;
    private boolean leadsMarked;

    /** A list of units ({@link LeadUnit#parseList}). */
    List<LeadUnit> units(String text) {
        return text.length() > CACHED_TEXT_LENGTH ? LeadUnit.parseList(text) : unitCache.computeIfAbsent(text, LeadUnit::parseList);
    }

    /** Lead units marked among the responsible ones ({@link LeadUnit#parseMarked}). */
    MarkedUnits marked(String text) {
        return markedCache.computeIfAbsent(text, LeadUnit::parseMarked);
    }

    /** A category by its key (enumerator and name), made by the function when not cached. */
    Category category(String key, Function<String, Category> parse) {
        return categoryCache.computeIfAbsent(key, parse);
    }

    /** A progress text ({@link Progress#parse}). */
    Progress progress(String text) {
        return text.length() > CACHED_TEXT_LENGTH ? Progress.parse(text) : progressCache.computeIfAbsent(text, Progress::parse);
    }

    /** A leader's text, one instance for every row of the same leader. */
    String leader(String text) {
        return leaderCache.computeIfAbsent(text, Function.identity());
    }

    /**
     * Whether a lead-unit text marks lead units among the responsible ones ({@code *区发改局、区财政局}),
     * looked at once for each run of rows filled down with the same text, not once a task.
     */
    boolean isMarked(String leads) {
        if (leads != markedLeads) {
            markedLeads = leads;
            leadsMarked = MARKS.matcher(leads).find();
        }
        return leadsMarked;
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CACHE_SIZE;
            }
        };
    }
}
