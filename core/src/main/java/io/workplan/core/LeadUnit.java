package io.workplan.core;

import io.workplan.core.internal.Checks;
import io.workplan.core.internal.Text;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A unit that leads or shares a task (牵头单位, 责任单位): {@code 区发改经信局}, {@code 市委农办(市农业局)},
 * {@code 各街道}.
 *
 * <p>The name is normalised when the unit is built: {@linkplain Text#unwrap(String) unwrapped} (a
 * line break inside a cell is a wrap: {@code 生态环境\n拱墅分局} is {@code 生态环境拱墅分局}), stripped of
 * blanks at both ends and next to Chinese characters. Units are equal when their normalised names
 * are.
 *
 * <h2>Cells with several units</h2>
 *
 * {@link #parseList(String)} splits a cell's text on the separators real tables use ({@code 、},
 * {@code ，}, {@code ,}, {@code ；}, {@code ;}), never inside brackets of any kind, and drops
 * pieces that hold no name ({@code /}, {@code —}).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LeadUnit {

    private static final String SEPARATORS = "、，,；;";
    private static final String OPENING = "(（[［【〔<《〈";
    private static final String CLOSING = ")）]］】〕>》〉";

    LeadUnit() {}

    /**
     * A unit by its name, normalised.
     *
     * @param name the name as written
     * @return the unit
     * @throws ValidationException when the name is blank
     */
    public static LeadUnit of(String name) {
        return ImmutableLeadUnit.builder().name(name).build();
    }

    /**
     * The units named in a cell, in order, without duplicates.
     *
     * <pre>{@code
     * LeadUnit.parseList("区发改经信局、区财政局")    // [区发改经信局, 区财政局]
     * LeadUnit.parseList("市委农办(市农业局)、各街道") // [市委农办(市农业局), 各街道]
     * LeadUnit.parseList("生态环境\n拱墅分局")         // [生态环境拱墅分局]
     * LeadUnit.parseList("/")                        // []
     * }</pre>
     *
     * @param cellText a cell's text; blank gives an empty list
     * @return the units, possibly none
     */
    public static List<LeadUnit> parseList(String cellText) {
        List<LeadUnit> units = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < cellText.length(); i++) {
            char c = cellText.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
                addUnit(units, piece);
                continue;
            }
            piece.append(c);
        }
        addUnit(units, piece);
        return List.copyOf(units);
    }

    private static void addUnit(List<LeadUnit> units, StringBuilder piece) {
        String name = Text.unwrap(piece.toString());
        piece.setLength(0);
        if (!Text.namesSomething(name)) {
            return;
        }
        LeadUnit unit = of(name);
        if (!units.contains(unit)) {
            units.add(unit);
        }
    }

    /**
     * The unit's normalised name.
     *
     * @return the name, never blank
     */
    public abstract String name();

    @Value.Check
    LeadUnit normalize() {
        String name = Text.unwrap(name());
        new Checks().require(!name.isEmpty(), "name", "a unit's name must not be blank").throwIfAny("LeadUnit");
        return name.equals(name()) ? this : of(name);
    }

    @Override
    public String toString() {
        return name();
    }
}
