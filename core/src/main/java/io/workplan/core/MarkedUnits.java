package io.workplan.core;

import io.workplan.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The units of a cell that marks its lead units among the responsible ones: {@code
 * *区发改局、区财政局、＊区住建局} names three units and marks two as leads. Made by {@link
 * LeadUnit#parseMarked(String)}.
 *
 * <h2>Markers</h2>
 *
 * A unit is marked by a star written before or after its name: {@code *} and {@code ＊} (the
 * full-width form), {@code ★} and {@code ☆}, and the reference mark {@code ※}. The names in both lists
 * are without the marker.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MarkedUnits {

    MarkedUnits() {}

    /**
     * Units and the marked ones among them.
     *
     * @param all every unit, in order
     * @param marked the marked units, in order, each one of {@code all}
     * @return the value
     * @throws NullPointerException if {@code all} or {@code marked} is null
     * @throws ValidationException when a marked unit is not among all units
     */
    public static MarkedUnits of(List<LeadUnit> all, List<LeadUnit> marked) {
        Objects.requireNonNull(all, "all");
        Objects.requireNonNull(marked, "marked");
        return ImmutableMarkedUnits.builder().all(all).marked(marked).build();
    }

    /**
     * Every unit of the cell, marked or not, in order, without duplicates and without markers.
     *
     * @return the units, possibly none
     */
    public abstract List<LeadUnit> all();

    /**
     * The marked units (the leads), in order, without markers: a part of {@link #all()}.
     *
     * @return the marked units, possibly none
     */
    public abstract List<LeadUnit> marked();

    /**
     * Whether any unit is marked; when none is, a reader takes the units as written, without leads
     * told apart.
     *
     * @return whether {@link #marked()} is not empty
     */
    public boolean hasMarks() {
        return !marked().isEmpty();
    }

    @Value.Check
    void check() {
        Checks checks = new Checks();
        for (int i = 0; i < marked().size(); i++) {
            LeadUnit unit = marked().get(i);
            checks.require(all().contains(unit), "marked[" + i + "]", () -> "a marked unit must be one of all units, was " + unit);
        }
        checks.throwIfAny("MarkedUnits");
    }

    @Override
    public String toString() {
        return "MarkedUnits" + all() + ", marked " + marked();
    }
}
