package io.workplan.sheet;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the options of every reader that hands its tables to the {@link TableReader} say besides
 * their own limits: the table reader's options, and the name the input is known by. {@code
 * HtmlReadOptions}, {@code WordReadOptions}, {@code CsvReadOptions} and the {@code files} module's
 * {@code FileReadOptions} have them, declared here once.
 *
 * @since 0.2.0
 */
public interface TableSourceOptions {

    /**
     * The options of the table reader: strict or lenient, a title or period the table lacks, more
     * header words, and which table of the input to read ({@link TableReadOptions#table()}, 0-based
     * in the input's order: a page's {@code <table>}s, nested ones counted where they open; a Word
     * document's tables, 0 for {@code 表1}; a workbook's sheets), by default the first whose header
     * names a task and a progress column.
     *
     * @return the table reader's options; {@link TableReadOptions#defaults()} by default
     */
    @Value.Default
    default TableReadOptions table() {
        return TableReadOptions.defaults();
    }

    /**
     * The name of the input in problems and in the report's source, instead of the file's name; an
     * {@link java.io.InputStream} has its reader's name otherwise ({@code page}, {@code document},
     * {@code csv}). A CSV input's extension tells its delimiter as a file's does.
     *
     * @return the source's name, when given
     */
    Optional<String> sourceName();
}
