package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LeadUnitTest {

    private static List<String> names(String cell) {
        return LeadUnit.parseList(cell).stream().map(LeadUnit::name).collect(Collectors.toList());
    }

    /** A cell of lead units and the names it holds, in order, grouped by the rule each shows. */
    static Stream<Arguments> cells() {
        return Stream.of(
                // the separators of real tables
                cell("区发改经信局、区财政局", "区发改经信局", "区财政局"),
                cell("区商务局，各街道", "区商务局", "各街道"),
                cell("区商务局,各街道;区财政局；区科技局", "区商务局", "各街道", "区财政局", "区科技局"),
                // never a split inside brackets
                cell("市委农办(市农业局)", "市委农办(市农业局)"),
                cell("市委农办（市农业局、市林水局）、各街道", "市委农办（市农业局、市林水局）", "各街道"),
                cell("区委办【区府办，区大数据局】", "区委办【区府办，区大数据局】"),
                // a line break is a wrap, not a separator
                cell("生态环境\n拱墅分局", "生态环境拱墅分局"),
                cell("生态环境 \r\n 拱墅分局、区财政局", "生态环境拱墅分局", "区财政局"),
                // a line break between whole names separates them
                cell("区发改局\n区财政局", "区发改局", "区财政局"),
                cell("县教育局\r\n县交通局\n县民政局", "县教育局", "县交通局", "县民政局"),
                cell("区财政局\n各街道", "区财政局", "各街道"),
                cell("区委\n区政府", "区委", "区政府"),
                cell("市委农办(市农业局)\n区财政局", "市委农办(市农业局)", "区财政局"),
                cell("区发改局\n公安拱墅分局", "区发改局", "公安拱墅分局"),
                cell("生态环境\n拱墅分局\n区财政局", "生态环境拱墅分局", "区财政局"),
                cell("区财政局\n区住房和城乡\n建设局", "区财政局", "区住房和城乡建设局"),
                cell("立山经济开发区\n区发改局", "立山经济开发区", "区发改局"),
                // a line break inside one name is a wrap
                cell("区住房和城乡\n建设局", "区住房和城乡建设局"),
                cell("区委\n宣传部", "区委宣传部"),
                cell("市规划和自然资源局\n拱墅分局", "市规划和自然资源局拱墅分局"),
                cell("区综合行\n政执法局", "区综合行政执法局"),
                cell("区市场监\n管局", "区市场监管局"),
                cell("市委农办\n(市农业局)", "市委农办(市农业局)"),
                cell("区发改局、\n区财政局", "区发改局", "区财政局"),
                // blanks between whole names separate them by the same rule
                // 2024年度区政府民生实事人大票决项目进度表: http://www.pc28forum.com/xjqrmzf/msss/202412/80436a1e5df84a3ea912087b118f9118.shtml
                cell("区城管局 区水投", "区城管局", "区水投"),
                cell("区发改局　区财政局", "区发改局", "区财政局"),
                cell("区 财政局", "区财政局"),
                cell("区教体局(区国资公司代建)", "区教体局(区国资公司代建)"),
                // a slash between whole names separates them by the same rule; inside one name it stays
                cell("区发改局/区财政局", "区发改局", "区财政局"),
                cell("区委办／区府办/各街道", "区委办", "区府办", "各街道"),
                cell("区发改局 / 区财政局", "区发改局", "区财政局"),
                cell("教育/卫生", "教育/卫生"),
                cell("区住建局(区人防办/区城管局)", "区住建局(区人防办/区城管局)"),
                // a station is a whole name
                // 淮南市 2025 上半年: 市委社会工作部 市广播电视台 市地震局 … (sheet corpus anhui-huainan-2025-h1)
                cell("市委社会工作部 市广播电视台 市地震局", "市委社会工作部", "市广播电视台", "市地震局"),
                cell("县气象台\n县水文站", "县气象台", "县水文站"),
                cell("区融媒体中心 区广播电台", "区融媒体中心", "区广播电台"),
                // a platform or a stage is no unit: a name broken after it goes on
                cell("区政务服务平台\n管理中心", "区政务服务平台管理中心"),
                cell("区文化舞台\n演艺中心", "区文化舞台演艺中心"),
                // collectives are units too
                cell("各街道", "各街道"),
                cell("各区、县（市）政府", "各区", "县（市）政府"),
                // pieces without a name are dropped
                cell("/"),
                cell(""),
                cell("区财政局、、 、区科技局、", "区财政局", "区科技局"),
                cell("—"),
                // a unit listed twice is listed once
                cell("区财政局、区财政局、区 财政局", "区财政局"));
    }

    private static Arguments cell(String text, String... names) {
        return Arguments.of(text, List.of(names));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cells")
    void aCellListsTheNamesOfItsUnits(String cell, List<String> expected) {
        assertThat(names(cell)).containsExactlyElementsOf(expected);
    }

    @Test
    void aWrappedNameIsTheUnitOfTheWholeName() {
        assertThat(LeadUnit.of("生态环境\n拱墅分局")).isEqualTo(LeadUnit.of("生态环境拱墅分局"));
    }

    @Test
    void markedUnitsAreTheLeadsAmongAll() {
        MarkedUnits units = LeadUnit.parseMarked("*区发改局、区财政局、＊区住建局");

        assertThat(units.hasMarks()).isTrue();
        assertThat(units.all()).extracting(LeadUnit::name).containsExactly("区发改局", "区财政局", "区住建局");
        assertThat(units.marked()).extracting(LeadUnit::name).containsExactly("区发改局", "区住建局");
        assertThat(names("*区发改局、区财政局、＊区住建局")).containsExactly("区发改局", "区财政局", "区住建局");
    }

    @Test
    void everyMarkerBeforeOrAfterANameMarksIt() {
        assertThat(LeadUnit.parseMarked("★区教育局、区卫健局☆、※区民政局、区财政局*、* 区科技局").marked())
                .extracting(LeadUnit::name)
                .containsExactly("区教育局", "区卫健局", "区民政局", "区财政局", "区科技局");
        assertThat(LeadUnit.parseMarked("*区发改局\n区财政局").marked()).extracting(LeadUnit::name).containsExactly("区发改局");
        assertThat(LeadUnit.parseMarked("*市委农办（市农业局）、各街道").marked()).extracting(LeadUnit::name)
                .containsExactly("市委农办（市农业局）");
    }

    @Test
    void aCellWithoutMarksHasNone() {
        MarkedUnits units = LeadUnit.parseMarked("区发改局、区财政局");

        assertThat(units.hasMarks()).isFalse();
        assertThat(units.marked()).isEmpty();
        assertThat(units.all()).hasSize(2);
        assertThat(LeadUnit.parseMarked("*").all()).isEmpty();
        assertThat(LeadUnit.parseMarked("").hasMarks()).isFalse();
    }

    @Test
    void aMarkedUnitMustBeAmongAll() {
        assertThatThrownBy(() -> MarkedUnits.of(List.of(LeadUnit.of("区财政局")), List.of(LeadUnit.of("区发改局"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.path().orElseThrow()).containsExactly("marked[0]"));
    }

    @Test
    void joinWritesTheNamesWithTheEnumerationComma() {
        assertThat(LeadUnit.join(List.of(LeadUnit.of("区发改局"), LeadUnit.of("市委农办(市农业局)"))))
                .isEqualTo("区发改局、市委农办(市农业局)");
        assertThat(LeadUnit.join(List.of())).isEmpty();
    }

    @Property(tries = 500)
    void joinedUnitsReadBack(@ForAll("distinctUnits") List<LeadUnit> units) {
        assertThat(LeadUnit.parseList(LeadUnit.join(units))).isEqualTo(units);
        assertThat(LeadUnit.parseMarked(LeadUnit.join(units)).hasMarks()).isFalse();
    }

    @Provide
    Arbitrary<List<LeadUnit>> distinctUnits() {
        // names as tables write them: a place, a body, a unit word, sometimes an alias in brackets,
        // sometimes Latin words with blanks; none holds a separator or a marker
        Arbitrary<String> place = Arbitraries.of("区", "市", "县", "拱墅区", "杭州市", "各", "");
        Arbitrary<String> body = Arbitraries.strings().withChars("发改经信财政住建城乡环境生态科技商务教育民政农业").ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> ending = Arbitraries.of("局", "委", "办", "分局", "中心", "街道", "公司", "管委会", "");
        Arbitrary<String> alias = Arbitraries.of("", "(市农业局)", "（区府办）", "【区大数据局】");
        Arbitrary<String> chinese = Combinators.combine(place, body, ending, alias).as((p, b, e, a) -> p + b + e + a);
        Arbitrary<String> latin = Arbitraries.strings().withChars("abcXYZ").ofMinLength(1).ofMaxLength(5)
                .list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
        return Arbitraries.frequencyOf(
                        Tuple.of(9, chinese), Tuple.of(1, latin))
                .map(LeadUnit::of)
                .list().ofMaxSize(6).uniqueElements();
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
