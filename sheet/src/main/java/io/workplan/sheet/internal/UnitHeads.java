package io.workplan.sheet.internal;

import io.workplan.core.LeadUnit;
import io.workplan.core.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units of a cell that names each unit with the person heading it, under a header naming both
 * ({@code 牵头单位及主要负责人}, see {@link HeaderVocabulary#personPart(String)}): {@code 市民政局 伍泽国} is
 * the unit {@code 市民政局} and the person {@code 伍泽国}.
 *
 * <p>Each unit of the cell (split as {@link LeadUnit#parseList(String)} splits a cell) may end with a
 * person's name after a blank or a colon: two to four Chinese characters, blanks allowed between them
 * ({@code 徐  平}). A piece that {@code LeadUnit} reads as two units ({@code 区城管局 区水投}) names no
 * person, and neither does a piece without a name behind its unit: such a piece is a unit as it is.
 * Nothing is dropped: the units keep their names, the persons are kept in the order given.
 */
final class UnitHeads {
    private static final String SEPARATORS = "[、，,；;\\n]";
    private static final Pattern UNIT_AND_PERSON = Pattern.compile(
            "^(.*?\\S)[\\s\\u3000:：]+(\\p{IsHan}(?:[ \\u00A0\\u3000]*\\p{IsHan}){1,3})$");

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
        for (String piece : cellText.split(SEPARATORS)) {
            String p = Text.strip(piece);
            if (p.isEmpty()) {
                continue;
            }
            Matcher m = UNIT_AND_PERSON.matcher(p);
            if (m.matches() && LeadUnit.parseList(p).size() == 1) {
                units.add(Text.strip(m.group(1)));
                persons.add(m.group(2));
            } else {
                units.add(p);
            }
        }
        return new Split(String.join("、", units), persons);
    }
}
