package io.workplan.cli;

import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The converters of option values, each refusing a wrong value in the user's words (a usage error,
 * exit 2), never with a Java exception's text.
 */
final class OptionValues {
    private OptionValues() {}

    /** A share of the year in percent, from 0 to 100: {@code 50}, {@code 52.5}, {@code 55%}. */
    static final class Share implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            BigDecimal share = number(value, "a share of the year in percent, from 0 to 100 (such as 50 or 52.5)");
            if (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new TypeConversionException("'" + value + "' is not a share of the year: give a percentage from 0 to 100");
            }
            return share;
        }
    }

    /** Points of tolerance, from 0 to 100. */
    static final class Points implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            BigDecimal points = number(value, "a number of percentage points from 0 to 100 (such as 5)");
            if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new TypeConversionException("'" + value + "' is not a tolerance: give percentage points from 0 to 100");
            }
            return points;
        }
    }

    /** Decimals shown, from 0 to 10. */
    static final class Decimals implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String v = value.trim();
            if (!v.matches("\\d{1,2}") || Integer.parseInt(v) > 10) {
                throw new TypeConversionException("'" + value + "' is not a number of decimals: give a whole number from 0 to 10");
            }
            return Integer.parseInt(v);
        }
    }

    private static BigDecimal number(String value, String what) {
        String v = value.trim();
        if (v.endsWith("%") || v.endsWith("％")) {
            v = v.substring(0, v.length() - 1).trim();
        }
        if (!v.matches("[+-]?\\d{1,9}(\\.\\d{1,20})?")) {
            throw new TypeConversionException("'" + value + "' is not " + what);
        }
        return new BigDecimal(v);
    }
}
