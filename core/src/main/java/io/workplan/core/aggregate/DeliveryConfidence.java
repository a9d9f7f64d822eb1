package io.workplan.core.aggregate;

/**
 * The five points of a delivery confidence rating as used for major projects; see {@link
 * ColourScheme#deliveryConfidence()}.
 *
 * @since 0.1.0
 */
public enum DeliveryConfidence {
    /** Delivery on time appears highly likely. */
    GREEN("Green"),
    /** Delivery appears probable; attention needed. */
    AMBER_GREEN("Amber/Green"),
    /** Delivery appears feasible, with significant issues. */
    AMBER("Amber"),
    /** Delivery is in doubt. */
    AMBER_RED("Amber/Red"),
    /** Delivery appears unachievable. */
    RED("Red");

    private final String label;

    DeliveryConfidence(String label) {
        this.label = label;
    }

    /**
     * The rating as it is written: {@code Amber/Green}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
