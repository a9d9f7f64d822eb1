package io.workplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole numbers and years in Chinese numerals, as tables and titles write them. */
class NumeralsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"一,1", "九,9", "十,10", "十一,11", "十二,12", "二十,20", "二十三,23", "九十九,99", "一十,10"})
    void aNumberFromOneToNinetyNine(String text, int value) {
        assertThat(Numerals.value(text)).isEqualTo(OptionalInt.of(value));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "〇", "零", "十十", "一二", "百", "一百", "二十十", "十一二", "三*", "3", "甲"})
    void anythingElseIsNone(String text) {
        assertThat(Numerals.value(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"二〇二四,2024", "二零二三,2023", "二○二二,2022", "一九九九,1999"})
    void aYearDigitByDigit(String text, String digits) {
        assertThat(Numerals.yearDigits(text)).isEqualTo(Optional.of(digits));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"二〇二", "二〇二四五", "二十二四", "2024"})
    void noYearOtherwise(String text) {
        assertThat(Numerals.yearDigits(text)).isEmpty();
    }
}
