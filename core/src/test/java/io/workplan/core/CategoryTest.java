package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CategoryTest {

    @Test
    void anEnumeratorIsKeptApartFromTheName() {
        Category c = Category.parse("(一)经济社会发展主要预期目标");
        assertThat(c.enumerator()).contains("(一)");
        assertThat(c.name()).isEqualTo("经济社会发展主要预期目标");
        assertThat(c.label()).isEqualTo("(一)经济社会发展主要预期目标");
    }

    @Test
    void enumeratorsOfEverySpelling() {
        assertThat(Category.parse("（二）系统优化创新生态").enumerator()).contains("（二）");
        assertThat(Category.parse("三、拓展新商贸").enumerator()).contains("三、");
        assertThat(Category.parse("4.城市更新").enumerator()).contains("4.");
        assertThat(Category.parse("( 十一 ) 民生").enumerator()).contains("(十一)");
    }

    @Test
    void aNameWithoutEnumerator() {
        Category c = Category.parse("主要经济指标");
        assertThat(c.enumerator()).isEmpty();
        assertThat(c.name()).isEqualTo("主要经济指标");
        assertThat(Category.parse("5.5%增长目标").enumerator()).isEmpty();
    }

    @Test
    void aWrappedNameIsOneLine() {
        assertThat(Category.parse("系统优化\n创新生态")).isEqualTo(Category.of("系统优化创新生态"));
    }

    @Test
    void anEnumeratorAloneIsAName() {
        assertThat(Category.parse("(一)")).isEqualTo(Category.of("(一)"));
    }

    @Test
    void theSameTextIsTheSameCategory() {
        assertThat(Category.parse("(一)主要经济指标")).isEqualTo(Category.parse(" (一)主要经济指标 "));
    }
}
