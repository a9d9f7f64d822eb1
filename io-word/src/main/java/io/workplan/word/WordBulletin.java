package io.workplan.word;

import java.util.List;
import java.util.Objects;

/**
 * A short document of words already written, for {@link WordWriter#write(WordBulletin,
 * java.nio.file.Path)}: a heading, paragraphs, then a table of rows under its header (none when
 * there are no rows), then the paragraphs that follow it. The supervision bulletin of {@code
 * workplan bulletin} is one: its heading, its paragraph of counts and shares, the table of the tasks
 * behind schedule.
 *
 * @param heading the heading, a bold and centred paragraph
 * @param paragraphs the paragraphs before the table, in order
 * @param header the table's header, one text a column
 * @param rows the table's rows, each with as many texts as the header
 * @param after the paragraphs after the table (what says there is none, when there are no rows)
 * @since 0.2.0
 */
public record WordBulletin(String heading, List<String> paragraphs, List<String> header, List<List<String>> rows, List<String> after) {

    /**
     * Checks the attributes.
     *
     * @param heading the heading
     * @param paragraphs the paragraphs before the table
     * @param header the table's header
     * @param rows the table's rows
     * @param after the paragraphs after the table
     * @throws IllegalArgumentException when a row has not as many texts as the header
     */
    public WordBulletin {
        Objects.requireNonNull(heading, "heading");
        paragraphs = List.copyOf(paragraphs);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        after = List.copyOf(after);
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != header.size()) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + rows.get(r).size() + " texts, the header "
                        + header.size());
            }
        }
    }
}
