package io.workplan.excel.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.testkit.WorkplanArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OfficialColumnProperties {

    @Property(tries = 300)
    void unitsJoinedByTheSeparatorReadBackEqual(@ForAll("units") List<LeadUnit> units) {
        assertThat(LeadUnit.parseList(OfficialColumn.units(units))).isEqualTo(units);
    }

    @Property(tries = 300)
    void aCategorysLabelReadsBackEqual(@ForAll("categories") Category category) {
        assertThat(Category.parse(category.label())).isEqualTo(category);
    }

    @Example
    void noUnitIsASlash() {
        assertThat(OfficialColumn.units(List.of())).isEqualTo("/");
        assertThat(LeadUnit.parseList("/")).isEmpty();
        assertThat(OfficialColumn.units(List.of(LeadUnit.of("市委农办(市农业局)"), LeadUnit.of("各街道"))))
                .isEqualTo("市委农办(市农业局)、各街道");
    }

    @Provide
    Arbitrary<List<LeadUnit>> units() {
        return WorkplanArbitraries.leadUnits().list().ofMaxSize(5).uniqueElements();
    }

    @Provide
    Arbitrary<Category> categories() {
        return WorkplanArbitraries.categories();
    }
}
