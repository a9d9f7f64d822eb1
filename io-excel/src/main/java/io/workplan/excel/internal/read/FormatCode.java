package io.workplan.excel.internal.read;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number format code ({@code 0.0%}, {@code 0.0"%"}, {@code #,##0.00_ ;[Red]-#,##0.00}, {@code
 * [<1]0%;0.0}) as Excel applies it to a number: which section shows the value, and the text that
 * section shows. Only what this class fully understands is shown; for anything else ({@link
 * #unsupported()}) the caller shows no text of its own making, never a guess.
 *
 * <h2>What is understood</h2>
 *
 * <ul>
 *   <li>Up to four sections separated by {@code ;}: positive; negative (shown without its sign,
 *       the section writes one if it wants); zero; text (never used for a number). One section
 *       shows every number, a negative one with {@code -} in front; two: the second for negative
 *       numbers. An empty section shows nothing.
 *   <li>Conditions {@code [<1]}, {@code [>=100]}, {@code [=0]}, {@code [<>0]} on the first and
 *       second sections: {@code [c1]a;[c2]b;c} shows {@code a} when c1 holds, else {@code b} when
 *       c2 holds, else {@code c}; {@code [c1]a;b} shows {@code b} when c1 does not hold.
 *   <li>Digit placeholders {@code 0} (a digit always), {@code #} and {@code ?} (a digit when there
 *       is one; the alignment space of {@code ?} is not text), one decimal point, a thousands
 *       separator ({@code ,} between digit placeholders), scaling commas (each {@code ,} after the
 *       last digit placeholder divides by 1,000), {@code General} (also as Chinese, Japanese and Korean
 *       programs write it: {@code G/通用格式}, {@code G/標準}).
 *   <li>{@code %} outside quotes: shown, and the value multiplied by 100. A percent sign in quotes
 *       ({@code 0.0"%"}) or escaped ({@code 0.0\%}) is text only: the value is shown as it is.
 *   <li>Text around the digits: quoted ({@code "完成"}), escaped ({@code \-}), the characters Excel
 *       shows as they are ({@code $ - + ( ) : ! ^ & ' ~ { } < > =}, blank, any non-ASCII
 *       character), a currency of a locale tag ({@code [$¥-804]} shows {@code ¥}).
 *   <li>What shows no text: colours ({@code [Red]}, {@code [Color10]}), locale tags ({@code
 *       [$-804]}), padding ({@code _)}, the width of a character) and a fill of blanks ({@code * }).
 * </ul>
 *
 * Rounding: the value is rounded half up (away from zero) to the decimals the section shows, as
 * Excel rounds; {@code #} and {@code ?} decimals then drop their trailing zeros. Everything else
 * (dates and times, fractions {@code # ?/?}, scientific {@code 0.0E+0}, {@code [DBNum1]} and other
 * tags, a fill of another character, digits in two places of a section) is {@link #unsupported()}.
 */
final class FormatCode {
    private static final Set<String> COLOURS = Set.of("black", "blue", "cyan", "green", "magenta", "red", "white", "yellow");
    private static final String SHOWN_AS_IS = "$-+():!^&'~{}<>= ";
    private static final Pattern CONDITION = Pattern.compile("(<=|>=|<>|<|>|=)(-?\\d{1,15}(?:\\.\\d{1,15})?)");

    private final String code;
    private final List<Section> sections = new ArrayList<>();
    private String unsupported;

    private FormatCode(String code) {
        this.code = code;
    }

    /**
     * Reads a format code; never throws.
     *
     * @param code the code, as the workbook gives it
     * @return the format
     */
    static FormatCode of(String code) {
        FormatCode f = new FormatCode(code);
        f.parse();
        return f;
    }

    /**
     * Why this class cannot show numbers under the format, or {@code null} when it can.
     *
     * @return the reason, in words for a person
     */
    String unsupported() {
        return unsupported;
    }

    /** What a number shows: its text, and the figure its digits show. */
    record Shown(String text, BigDecimal scaled, BigDecimal digits, int percentSigns) {
        /**
         * Whether the section shows the value's digits at all ({@code "零"} shows a text only).
         *
         * @return whether it shows digits
         */
        boolean showsDigits() {
            return digits != null;
        }
    }

    /**
     * What a number shows under this format.
     *
     * @param value the cell's value, exact
     * @return what it shows, or {@code null} when this class cannot tell (see {@link #unsupported()})
     */
    Shown show(BigDecimal value) {
        if (unsupported != null) {
            return null;
        }
        Section section;
        boolean minus = false;
        boolean conditional = sections.stream().anyMatch(s -> s.condition != null);
        if (conditional) {
            if (value.signum() < 0) {
                return null; // how Excel signs a negative number under conditions is not certain: no guess
            }
            section = conditionalSection(value);
            if (section == null) {
                return null;
            }
        } else if (value.signum() < 0 && sections.size() >= 2) {
            section = sections.get(1);
        } else if (value.signum() == 0 && sections.size() >= 3) {
            section = sections.get(2);
        } else {
            section = sections.get(0);
            minus = value.signum() < 0;
        }
        return section.show(value.abs(), minus);
    }

    private Section conditionalSection(BigDecimal value) {
        Section first = sections.get(0);
        if (first.condition == null || sections.size() < 2) {
            return null;
        }
        if (first.condition.holds(value)) {
            return first;
        }
        Section second = sections.get(1);
        if (second.condition == null) {
            return second;
        }
        if (second.condition.holds(value)) {
            return second;
        }
        return sections.size() >= 3 && sections.get(2).condition == null ? sections.get(2) : null;
    }

    private void parse() {
        List<StringBuilder> raw = split();
        if (unsupported != null) {
            return;
        }
        if (raw.size() > 4) {
            unsupported = "more than four sections";
            return;
        }
        // a fourth section is for text cells only: a number never shows it
        for (int i = 0; i < Math.min(raw.size(), 3); i++) {
            Section s = new Section();
            String why = s.parse(raw.get(i).toString());
            if (why != null) {
                unsupported = why;
                return;
            }
            sections.add(s);
        }
        for (int i = 2; i < sections.size(); i++) {
            if (sections.get(i).condition != null) {
                unsupported = "a condition on the third section";
                return;
            }
        }
    }

    /** The sections, split on {@code ;} outside quotes, escapes and brackets. */
    private List<StringBuilder> split() {
        List<StringBuilder> raw = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        raw.add(current);
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!quoted && !bracket && (c == '\\' || c == '_' || c == '*') && i + 1 < code.length()) {
                current.append(c).append(code.charAt(++i));
                continue;
            }
            if (c == '"' && !bracket) {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                bracket = true;
            } else if (!quoted && c == ']') {
                bracket = false;
            } else if (!quoted && !bracket && c == ';') {
                current = new StringBuilder();
                raw.add(current);
                continue;
            }
            current.append(c);
        }
        if (quoted || bracket) {
            unsupported = quoted ? "a quote left open" : "a bracket left open";
        }
        return raw;
    }

    /** A condition such as {@code [<1]}. */
    private record Condition(String operator, BigDecimal bound) {
        boolean holds(BigDecimal value) {
            int c = value.compareTo(bound);
            switch (operator) {
                case "<":
                    return c < 0;
                case "<=":
                    return c <= 0;
                case ">":
                    return c > 0;
                case ">=":
                    return c >= 0;
                case "=":
                    return c == 0;
                default:
                    return c != 0; // <>
            }
        }
    }

    /** One section: text before the digits, the digits, text after them. */
    private static final class Section {
        Condition condition;
        final StringBuilder prefix = new StringBuilder();
        final StringBuilder suffix = new StringBuilder();
        boolean digits;
        boolean general;
        int integerZeros;
        boolean grouping;
        int minDecimals;
        int maxDecimals;
        boolean point;
        int scaling;
        int percentSigns;

        /** Reads the section; the reason it cannot be shown, or {@code null}. */
        String parse(String s) {
            // 0: text before the digits; 1: the digits; 2: text after them
            int phase = 0;
            boolean pendingComma = false;
            boolean decimalHash = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                StringBuilder text = phase == 0 ? prefix : suffix;
                boolean digit = c == '0' || c == '#' || c == '?';
                if (digit || c == '.') {
                    if (phase == 2 || general) {
                        return "digits in two places of a section";
                    }
                    phase = 1;
                    digits = true;
                    if (pendingComma) {
                        if (point) {
                            return "a comma among the decimals";
                        }
                        grouping = true;
                        pendingComma = false;
                    }
                    if (c == '.') {
                        if (point) {
                            return "two decimal points";
                        }
                        point = true;
                    } else if (point) {
                        if (c == '0' && decimalHash) {
                            return "a 0 after an optional decimal";
                        }
                        decimalHash |= c != '0';
                        maxDecimals++;
                        minDecimals += c == '0' ? 1 : 0;
                    } else if (c == '0') {
                        integerZeros++;
                    }
                    continue;
                }
                if (c == ',' && phase == 1) {
                    if (pendingComma) {
                        scaling++;
                    }
                    pendingComma = true;
                    continue;
                }
                if (phase == 1) {
                    phase = 2;
                    text = suffix;
                }
                if (pendingComma) {
                    scaling++;
                    pendingComma = false;
                }
                if (c == '"') {
                    int end = s.indexOf('"', i + 1);
                    text.append(s, i + 1, end);
                    i = end;
                } else if (c == '\\' && i + 1 < s.length()) {
                    text.append(s.charAt(++i));
                } else if (c == '_' && i + 1 < s.length()) {
                    i++; // padding the width of a character: no text
                } else if (c == '*' && i + 1 < s.length()) {
                    if (s.charAt(++i) != ' ') {
                        return "a fill of the character " + s.charAt(i) + ", as wide as the column";
                    }
                } else if (c == '[') {
                    int end = s.indexOf(']', i);
                    String why = bracket(s.substring(i + 1, end), text);
                    if (why != null) {
                        return why;
                    }
                    i = end;
                } else if (c == '%') {
                    percentSigns++;
                    text.append('%');
                } else if (s.regionMatches(true, i, "General", 0, 7) || localGeneral(s, i) > 0) {
                    if (digits) {
                        return "General and digits in one section";
                    }
                    general = true;
                    digits = true;
                    phase = 1;
                    i += (localGeneral(s, i) > 0 ? localGeneral(s, i) : 7) - 1;
                } else if (SHOWN_AS_IS.indexOf(c) >= 0 || c >= 0x80) {
                    text.append(c);
                } else if (c == ',') {
                    return "a comma before the digits";
                } else {
                    return "the code " + c + (c == '@' ? " (a text's place)" : c == '/' ? " (a fraction)"
                            : c == 'E' || c == 'e' ? " (scientific notation)" : "");
                }
            }
            if (pendingComma) {
                scaling++;
            }
            return null;
        }

        /**
         * The length of General as a Chinese, Japanese or Korean program writes it ({@code G/通用格式},
         * {@code G/標準}, {@code G/표준}) at a place of a section, or 0.
         */
        private static int localGeneral(String s, int at) {
            if (!s.startsWith("G/", at)) {
                return 0;
            }
            int end = at + 2;
            while (end < s.length() && s.charAt(end) >= 0x80 && Character.isLetter(s.charAt(end))) {
                end++;
            }
            return end > at + 2 ? end - at : 0;
        }

        private String bracket(String inside, StringBuilder text) {
            String lower = inside.toLowerCase(Locale.ROOT);
            if (COLOURS.contains(lower) || lower.matches("color\\d{1,2}")) {
                return null;
            }
            if (inside.startsWith("$")) {
                int dash = inside.indexOf('-');
                text.append(inside, 1, dash < 0 ? inside.length() : dash);
                return null;
            }
            Matcher m = CONDITION.matcher(inside);
            if (m.matches()) {
                if (condition != null || digits || prefix.length() > 0) {
                    return "a condition not at the start of its section";
                }
                condition = new Condition(m.group(1), new BigDecimal(m.group(2)));
                return null;
            }
            return "the tag [" + inside + "]";
        }

        Shown show(BigDecimal magnitude, boolean minus) {
            if (!digits) {
                return new Shown(prefix.toString() + suffix, null, null, percentSigns);
            }
            BigDecimal scaled = magnitude.movePointRight(2 * percentSigns).movePointLeft(3 * scaling);
            String number;
            BigDecimal shown;
            if (general) {
                shown = CellDisplay.plain(scaled);
                number = shown.toPlainString();
            } else {
                shown = scaled.setScale(maxDecimals, RoundingMode.HALF_UP);
                while (shown.scale() > minDecimals && shown.unscaledValue().mod(BigInteger.TEN).signum() == 0) {
                    shown = shown.setScale(shown.scale() - 1, RoundingMode.UNNECESSARY);
                }
                number = digitsOf(shown);
            }
            return new Shown((minus ? "-" : "") + prefix + number + suffix, scaled, shown, percentSigns);
        }

        private String digitsOf(BigDecimal shown) {
            String plain = shown.toPlainString();
            int dot = plain.indexOf('.');
            String integer = dot < 0 ? plain : plain.substring(0, dot);
            String decimals = dot < 0 ? "" : plain.substring(dot + 1);
            if (integer.equals("0") && integerZeros == 0) {
                integer = "";
            }
            StringBuilder b = new StringBuilder();
            for (int i = integer.length(); i < integerZeros; i++) {
                b.append('0');
            }
            b.append(integer);
            if (grouping) {
                for (int i = b.length() - 3; i > 0; i -= 3) {
                    b.insert(i, ',');
                }
            }
            if (point) {
                b.append('.').append(decimals);
            }
            return b.toString();
        }
    }
}
