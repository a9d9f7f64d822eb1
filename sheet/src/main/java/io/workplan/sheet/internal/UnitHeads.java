package io.workplan.sheet.internal;

import io.workplan.core.LeadUnit;
import io.workplan.core.internal.Text;
import io.workplan.core.internal.UnitCells;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units of a cell that names each unit with the person heading it, under a header naming both
 * ({@code 牵头单位及主要负责人}, see {@link HeaderVocabulary#personPart(String)}): {@code 市民政局 伍泽国} is
 * the unit {@code 市民政局} and the person {@code 伍泽国}.
 *
 * <p>Each unit of the cell (cut where {@link LeadUnit#parseList(String)} cuts a cell, {@link UnitCells}) may end with a
 * person's name after a blank or a colon: two to four Chinese characters, blanks allowed between them
 * ({@code 徐  平}). A piece that {@code LeadUnit} reads as two units ({@code 区城管局 区水投}) names no
 * person, and neither does a piece without a name behind its unit: such a piece is a unit as it is.
 * A line break ends an entry after a person's name ({@code 市民政局 伍泽国\n市财政局 王芳}); elsewhere it is
 * what it is to {@code LeadUnit} (a break between two names, or a wrap: {@code 生态环境\n拱墅分局 张三} is the
 * unit {@code 生态环境拱墅分局} and {@code 张三}). Nothing is dropped: the units keep their names, the persons
 * are kept in the order given.
 */
final class UnitHeads {
    private static final Pattern UNIT_AND_PERSON = Pattern.compile(
            "^(.*?\\S)[\\s\\u3000:：]+(\\p{IsHan}(?:[ \\u00A0\\u3000]*\\p{IsHan}){1,3})$", Pattern.DOTALL);

    /** The units' text, without the persons, and the persons. */
    record Split(String units, List<String> persons) {}

    private UnitHeads() {}

    /**
     * A cell's units and the persons named with them.
     *
     * @param cellText the cell's text
     * @return the units, as a cell's text of units joined by {@code 、}, and the persons
     */
    static Split split(String cellText) {
        List<String> units = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        for (String piece : entries(cellText)) {
            String p = Text.strip(piece);
            if (p.isEmpty()) {
                continue;
            }
            Matcher m = UNIT_AND_PERSON.matcher(p);
            if (namesPerson(m) && LeadUnit.parseList(p).size() == 1) {
                units.add(Text.strip(m.group(1)));
                persons.add(m.group(2));
            } else {
                units.add(p);
            }
        }
        return new Split(String.join("、", units), persons);
    }

    /** Whether a unit's text ends with a person's name: not a word that ends a unit's name ({@code 区住房和城乡\n建设局}). */
    private static boolean namesPerson(Matcher m) {
        return m.matches() && !UnitCells.endsLikeUnit(m.group(2));
    }

    /**
     * The cell cut where {@link UnitCells} cuts a cell of units, and each piece again after a line that
     * ends with a person's name ({@code 市民政局 伍泽国\n市财政局 王芳}): a line break after a name ends
     * that unit's entry, where {@code LeadUnit} would take it for a wrap inside one name.
     */
    private static List<String> entries(String cellText) {
        List<String> entries = new ArrayList<>();
        for (String piece : UnitCells.pieces(cellText)) {
            StringBuilder entry = new StringBuilder();
            for (String line : piece.split("\\R", -1)) {
                if (entry.length() > 0) {
                    entry.append('\n');
                }
                entry.append(line);
                if (namesPerson(UNIT_AND_PERSON.matcher(Text.strip(entry.toString())))) {
                    entries.add(entry.toString());
                    entry.setLength(0);
                }
            }
            entries.add(entry.toString());
        }
        return entries;
    }
}
