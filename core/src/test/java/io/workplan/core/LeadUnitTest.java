package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LeadUnitTest {

    private static List<String> names(String cell) {
        return LeadUnit.parseList(cell).stream().map(LeadUnit::name).collect(Collectors.toList());
    }

    @Test
    void splitsOnTheSeparatorsOfRealTables() {
        assertThat(names("区发改经信局、区财政局")).containsExactly("区发改经信局", "区财政局");
        assertThat(names("区商务局，各街道")).containsExactly("区商务局", "各街道");
        assertThat(names("区商务局,各街道;区财政局；区科技局")).containsExactly("区商务局", "各街道", "区财政局", "区科技局");
    }

    @Test
    void neverSplitsInsideBrackets() {
        assertThat(names("市委农办(市农业局)")).containsExactly("市委农办(市农业局)");
        assertThat(names("市委农办（市农业局、市林水局）、各街道")).containsExactly("市委农办（市农业局、市林水局）", "各街道");
        assertThat(names("区委办【区府办，区大数据局】")).containsExactly("区委办【区府办，区大数据局】");
    }

    @Test
    void aLineBreakIsAWrapNotASeparator() {
        assertThat(names("生态环境\n拱墅分局")).containsExactly("生态环境拱墅分局");
        assertThat(names("生态环境 \r\n 拱墅分局、区财政局")).containsExactly("生态环境拱墅分局", "区财政局");
        assertThat(LeadUnit.of("生态环境\n拱墅分局")).isEqualTo(LeadUnit.of("生态环境拱墅分局"));
    }

    @Test
    void collectivesAreUnitsToo() {
        assertThat(names("各街道")).containsExactly("各街道");
        assertThat(names("各区、县（市）政府")).containsExactly("各区", "县（市）政府");
    }

    @Test
    void piecesWithoutANameAreDropped() {
        assertThat(names("/")).isEmpty();
        assertThat(names("")).isEmpty();
        assertThat(names("区财政局、、 、区科技局、")).containsExactly("区财政局", "区科技局");
        assertThat(names("—")).isEmpty();
    }

    @Test
    void aUnitListedTwiceIsListedOnce() {
        assertThat(names("区财政局、区财政局、区 财政局")).containsExactly("区财政局");
    }

    @Test
    void latinNamesKeepTheirSpaces() {
        assertThat(LeadUnit.of(" Hangzhou\nBureau  of  Finance ").name()).isEqualTo("Hangzhou Bureau of Finance");
    }

    @Test
    void aBlankNameIsRefused() {
        assertThatThrownBy(() -> LeadUnit.of(" \n　"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("name");
    }
}
