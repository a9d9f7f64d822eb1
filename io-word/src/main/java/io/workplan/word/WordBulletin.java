package io.workplan.word;

import io.workplan.core.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A short document of words already written, for {@link WordWriter#write(WordBulletin,
 * java.nio.file.Path)}: a heading, paragraphs, then a table of rows under its header (none when
 * there are no rows), then the paragraphs that follow it. The supervision bulletin of {@code
 * workplan bulletin} is one: its heading, its paragraph of counts and shares, the table of the tasks
 * behind schedule.
 *
 * <pre>{@code
 * WordBulletin bulletin = WordBulletin.builder()
 *     .heading("督查通报")
 *     .addParagraphs("截至6月底，共有任务58项。")
 *     .header(List.of("序号", "牵头单位", "完成进度"))
 *     .addRows(List.of("1", "区发改局", "30%"))
 *     .build();
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class WordBulletin {

    WordBulletin() {}

    /**
     * A new builder; the heading is required.
     *
     * @return a builder of documents
     */
    public static Builder builder() {
        return ImmutableWordBulletin.builder();
    }

    /** @return the heading, a bold and centred paragraph */
    public abstract String heading();

    /** @return the paragraphs before the table, in order */
    public abstract List<String> paragraphs();

    /** @return the table's header, one text a column */
    public abstract List<String> header();

    /** @return the table's rows, each with as many texts as the header */
    public abstract List<List<String>> rows();

    /** @return the paragraphs after the table (what says there is none, when there are no rows) */
    public abstract List<String> after();

    @Value.Check
    void check() {
        Checks checks = new Checks();
        for (int r = 0; r < rows().size(); r++) {
            int row = r;
            checks.require(rows().get(r).size() == header().size(), () -> "rows[" + row + "]",
                    () -> "row " + (row + 1) + " has " + rows().get(row).size() + " texts, the header " + header().size());
        }
        checks.throwIfAny("WordBulletin");
    }

    /** Builds a {@link WordBulletin}. */
    public interface Builder {
        /**
         * @param heading see {@link WordBulletin#heading()}
         * @return this builder
         */
        Builder heading(String heading);

        /**
         * @param paragraph a paragraph before the table
         * @return this builder
         */
        Builder addParagraphs(String paragraph);

        /**
         * @param paragraphs see {@link WordBulletin#paragraphs()}
         * @return this builder
         */
        Builder paragraphs(Iterable<String> paragraphs);

        /**
         * @param header see {@link WordBulletin#header()}
         * @return this builder
         */
        Builder header(Iterable<String> header);

        /**
         * @param row a row of the table
         * @return this builder
         */
        Builder addRows(List<String> row);

        /**
         * @param rows see {@link WordBulletin#rows()}
         * @return this builder
         */
        Builder rows(Iterable<? extends List<String>> rows);

        /**
         * @param after see {@link WordBulletin#after()}
         * @return this builder
         */
        Builder after(Iterable<String> after);

        /**
         * Builds the document.
         *
         * @return the document
         * @throws io.workplan.core.ValidationException when the heading is missing or a row has not as
         *     many texts as the header
         */
        WordBulletin build();
    }
}
