package io.workplan.cli;

import io.workplan.core.Problem;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.ValidationException;
import io.workplan.sheet.ColumnRole;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
            return upToOneHundred(value, "a share of the year in percent, from 0 to 100 (such as 50 or 52.5)",
                    "a share of the year: give a percentage from 0 to 100");
        }
    }

    /** Points of tolerance, from 0 to 100. */
    static final class Points implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            return upToOneHundred(value, "a number of percentage points from 0 to 100 (such as 5)",
                    "a tolerance: give percentage points from 0 to 100");
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

    /** A table of a document, counted from 1: {@code 2} is a page's second table, a workbook's second sheet. */
    static final class TableNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String v = value.trim();
            if (!v.matches("\\d{1,6}") || Integer.parseInt(v) == 0) {
                throw new TypeConversionException("'" + value + "' is not a table's number: give a whole number from 1 (1 is the first table)");
            }
            return Integer.parseInt(v);
        }
    }

    /** A reporting period: {@code 2024年第二季度}, {@code 2024-Q2}, {@code 2024-H1}, {@code 2024-M10}, {@code 2024}. */
    static final class Period implements ITypeConverter<ReportingPeriod> {
        @Override
        public ReportingPeriod convert(String value) {
            try {
                return ReportingPeriod.of(value);
            } catch (ValidationException e) {
                // the reason names the accepted forms
                throw new TypeConversionException(e.problems().stream().map(Problem::reason).collect(Collectors.joining("; ")));
            }
        }
    }

    /** A header word and the role of its column: {@code 工作事项=task}. */
    static final class Column implements ITypeConverter<Map.Entry<String, ColumnRole>> {
        @Override
        public Map.Entry<String, ColumnRole> convert(String value) {
            return column(value);
        }
    }

    /**
     * A header word and the role of its column, from {@code HEADER=ROLE}; the role in the tool's
     * words ({@link #roleName(ColumnRole)}), in any case.
     *
     * @param value {@code 工作事项=task}
     * @return the header and its role
     * @throws TypeConversionException when there is no {@code =}, no header, or no such role
     */
    static Map.Entry<String, ColumnRole> column(String value) {
        int eq = value.lastIndexOf('=');
        if (eq < 0) {
            throw new TypeConversionException("'" + value + "' is not HEADER=ROLE (such as 工作事项=task)");
        }
        String header = value.substring(0, eq).strip();
        String role = value.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
        if (header.isEmpty()) {
            throw new TypeConversionException("'" + value + "' names no header before '='");
        }
        return Arrays.stream(ColumnRole.values()).filter(r -> roleName(r).equals(role)).findFirst()
                .map(r -> Map.entry(header, r))
                .orElseThrow(() -> new TypeConversionException("'" + value.substring(eq + 1).strip() + "' is not a column role; the roles are "
                        + ROLE_NAMES));
    }

    /** A column's role in the tool's words: {@code task}, {@code lead-units}, …. */
    static String roleName(ColumnRole role) {
        return role == ColumnRole.CONTENT ? "task" : role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The roles, as {@link #column(String)} reads them, for messages and help. */
    static final String ROLE_NAMES = Arrays.stream(ColumnRole.values()).map(OptionValues::roleName)
            .collect(Collectors.joining(", "));

    /** A number from 0 to 100, refused as not {@code what} when it is none, as not {@code outOfRange} beyond. */
    private static BigDecimal upToOneHundred(String value, String what, String outOfRange) {
        BigDecimal number = number(value, what);
        if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new TypeConversionException("'" + value + "' is not " + outOfRange);
        }
        return number;
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
