package io.workplan.core.aggregate;

/**
 * The three colours of a red / amber / green rating; see {@link ColourScheme#trafficLights()}.
 *
 * @since 0.1.0
 */
public enum TrafficLight {
    /** Well behind schedule. */
    RED,
    /** A little behind schedule. */
    AMBER,
    /** Not behind schedule. */
    GREEN
}
