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
        return new Builder();
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

    /**
     * Builds a {@link WordBulletin}. One setter per attribute, named as its accessor (which documents it);
     * {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
     * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableWordBulletin.Builder {
        Builder() {}
    }
}
