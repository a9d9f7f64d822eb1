package io.workplan.core;

import io.workplan.core.internal.Checks;
import io.workplan.core.internal.Text;
import io.workplan.core.internal.UnitCells;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A unit that leads or shares a task (牵头单位, 责任单位): {@code 区发改经信局}, {@code 市委农办(市农业局)},
 * {@code 各街道}.
 *
 * <p>The name is normalised when the unit is built: {@linkplain Text#unwrap(String) unwrapped} (a
 * line break inside a name is a wrap: {@code 生态环境\n拱墅分局} is {@code 生态环境拱墅分局}), stripped of
 * blanks at both ends and next to Chinese characters. Units are equal when their normalised names
 * are.
 *
 * <h2>Cells with several units</h2>
 *
 * {@link #parseList(String)} splits a cell's text, never inside brackets of any kind, on
 * <ul>
 *   <li>the separators real tables use: {@code 、}, {@code ，}, {@code ,}, {@code ；}, {@code ;};
 *   <li>a line break, a run of blanks or a slash between two whole unit names ({@code 区发改局\n区财政局},
 *       {@code 区城管局 区水投}, {@code 区发改局/区财政局}), told from a wrap inside one name ({@code 生态环境\n拱墅分局}, {@code
 *       区住房和城乡\n建设局}, {@code 区委\n宣传部}) by this rule: the text before the break ends like a unit
 *       name, and the text after it (up to the next separator or break) begins like one.
 * </ul>
 * It drops pieces that hold no name ({@code /}, {@code —}) and the markers of {@link
 * #parseMarked(String)}.
 *
 * <table>
 *   <caption>The rule for a line break or blanks between names</caption>
 *   <tr><th>part</th><th>holds when</th></tr>
 *   <tr><td>the text before ends like a unit</td><td>leaving out an alias in brackets ({@code
 *       市委农办(市农业局)}), it ends with a unit word: 局 委 办 院 部 厅 署 处 室 所 站 台 馆 队 组 班 社 团 联 协,
 *       中心 公司 集团 街道 社区 镇 乡 政府 办事处, 委员会 管委会 工会 协会 商会 学会, 银行 支行 分行, 开发区 园区 新区 示范区;
 *       but not 城乡, 城镇, 场所, 全部, 互联, 物联, 平台, 舞台 (words that go on)</td></tr>
 *   <tr><td>the text after begins like a unit</td><td>it begins with a place or collective word (区 市 县 省 镇
 *       乡 街 各 团, 中共, 国家, 国网), or it is a name of at least four characters ending like a unit ({@code
 *       公安拱墅分局}) and not a branch's tail of at most five ({@code 拱墅分局}, {@code 西湖支队}); never when it
 *       begins with a bracket</td></tr>
 * </table>
 *
 * <h2>Marked lead units</h2>
 *
 * A cell of responsible units may mark the leads among them with a star: {@code
 * *区发改局、区财政局、＊区住建局}. {@link #parseMarked(String)} gives every unit and the marked ones (see
 * {@link MarkedUnits} for the markers); {@link #parseList(String)} gives every unit, without markers.
 *
 * <h2>Writing a list</h2>
 *
 * {@link #join(List)} writes units as one cell, joined with {@code 、}; {@code parseList(join(units))} is
 * {@code units} for distinct units whose names hold no separator, marker or unbalanced bracket.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LeadUnit {

    /** The separator {@link #join(List)} writes. */
    private static final String JOINER = "、";

    LeadUnit() {}

    /**
     * A unit by its name, normalised.
     *
     * @param name the name as written
     * @return the unit
     * @throws NullPointerException if {@code name} is null
     * @throws ValidationException when the name is blank
     */
    public static LeadUnit of(String name) {
        Objects.requireNonNull(name, "name");
        return ImmutableLeadUnit.builder().name(name).build();
    }

    /**
     * The units named in a cell, in order, without duplicates and without lead markers (see the
     * class description for the rules).
     *
     * <pre>{@code
     * LeadUnit.parseList("区发改经信局、区财政局")    // [区发改经信局, 区财政局]
     * LeadUnit.parseList("市委农办(市农业局)、各街道") // [市委农办(市农业局), 各街道]
     * LeadUnit.parseList("生态环境\n拱墅分局")         // [生态环境拱墅分局]
     * LeadUnit.parseList("区发改局\n区财政局")         // [区发改局, 区财政局]
     * LeadUnit.parseList("*区发改局、区财政局")        // [区发改局, 区财政局]
     * LeadUnit.parseList("/")                        // []
     * }</pre>
     *
     * @param cellText a cell's text; blank gives an empty list
     * @return the units, possibly none
     * @throws NullPointerException if {@code cellText} is null
     */
    public static List<LeadUnit> parseList(String cellText) {
        Objects.requireNonNull(cellText, "cellText");
        return parseMarked(cellText).all();
    }

    /**
     * The units named in a cell and the ones marked as leads among them: {@code
     * *区发改局、区财政局、＊区住建局} gives all {@code [区发改局, 区财政局, 区住建局]}, marked {@code [区发改局,
     * 区住建局]}. The cell is split as {@link #parseList(String)} splits it.
     *
     * @param cellText a cell's text; blank gives no units
     * @return every unit and the marked ones, without markers
     * @since 0.1.0
     * @throws NullPointerException if {@code cellText} is null
     */
    public static MarkedUnits parseMarked(String cellText) {
        Objects.requireNonNull(cellText, "cellText");
        List<LeadUnit> all = new ArrayList<>();
        List<LeadUnit> marked = new ArrayList<>();
        for (String piece : UnitCells.pieces(cellText)) {
            String name = Text.unwrap(piece);
            String bare = UnitCells.withoutMarkers(name);
            if (!Text.namesSomething(bare)) {
                continue;
            }
            LeadUnit unit = of(bare);
            if (!all.contains(unit)) {
                all.add(unit);
            }
            if (bare.length() < name.length() && !marked.contains(unit)) {
                marked.add(unit);
            }
        }
        return MarkedUnits.of(all, marked);
    }

    /**
     * Units written as one cell: their names joined with {@code 、}, the one way of writing a list of
     * units.
     *
     * @param units the units, in order
     * @return the cell's text; empty for no units
     * @since 0.1.0
     * @throws NullPointerException if {@code units} is null
     */
    public static String join(List<LeadUnit> units) {
        Objects.requireNonNull(units, "units");
        StringBuilder b = new StringBuilder();
        for (LeadUnit unit : units) {
            if (b.length() > 0) {
                b.append(JOINER);
            }
            b.append(unit.name());
        }
        return b.toString();
    }

    /**
     * The unit's normalised name.
     *
     * @return the name, never blank
     */
    public abstract String name();

    @Value.Check
    LeadUnit normalize() {
        String name = Text.unwrap(name());
        new Checks().require(!name.isEmpty(), "name", "a unit's name must not be blank").throwIfAny("LeadUnit");
        return name.equals(name()) ? this : of(name);
    }

    @Override
    public String toString() {
        return name();
    }
}
