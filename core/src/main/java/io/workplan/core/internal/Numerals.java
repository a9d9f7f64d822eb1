package io.workplan.core.internal;

import java.util.OptionalInt;

/**
 * Whole numbers written in Chinese numerals, as tables number their rows and titles their months and
 * quarters: {@code 一} to {@code 九十九} ({@code 十}, {@code 十二}, {@code 二十}, {@code 二十三}), and a year's
 * digits one by one ({@code 二〇二四}, {@code 二零二四}). The one reading of them.
 */
public final class Numerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private Numerals() {}

    /**
     * The value of a number from 1 to 99 in Chinese numerals.
     *
     * @param text the numerals, nothing else ({@code 十二})
     * @return the value, or empty when the text is no such number
     */
    public static OptionalInt value(String text) {
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.length() == 1 ? digit(text.charAt(0)) : OptionalInt.empty();
        }
        if (ten != text.lastIndexOf('十') || ten > 1 || text.length() > ten + 2) {
            return OptionalInt.empty();
        }
        OptionalInt tens = ten == 0 ? OptionalInt.of(1) : digit(text.charAt(0));
        OptionalInt units = ten + 1 == text.length() ? OptionalInt.of(0) : digit(text.charAt(ten + 1));
        return tens.isPresent() && units.isPresent() ? OptionalInt.of(tens.getAsInt() * 10 + units.getAsInt()) : OptionalInt.empty();
    }

    /**
     * A year written digit by digit in Chinese numerals ({@code 二〇二四}, {@code 二零二四}) in Arabic digits.
     *
     * @param text four numerals
     * @return the year's digits ({@code 2024}), or empty when the text is no such year
     */
    public static java.util.Optional<String> yearDigits(String text) {
        if (text.length() != 4) {
            return java.util.Optional.empty();
        }
        StringBuilder b = new StringBuilder(4);
        for (char c : text.toCharArray()) {
            int d = DIGITS.indexOf(c == '零' || c == 'Ｏ' || c == 'O' || c == '○' ? '〇' : c);
            if (d < 0) {
                return java.util.Optional.empty();
            }
            b.append((char) ('0' + d));
        }
        return java.util.Optional.of(b.toString());
    }

    /** A digit from 1 to 9. */
    private static OptionalInt digit(char c) {
        int d = DIGITS.indexOf(c);
        return d >= 1 ? OptionalInt.of(d) : OptionalInt.empty();
    }
}
