package io.workplan.core;

import io.workplan.core.internal.Checks;
import io.workplan.core.internal.Text;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A category of tasks (项目名称), such as {@code 主要经济指标} or {@code (一)经济社会发展主要预期目标}.
 *
 * <p>An enumerator written before the name ({@code (一)}, {@code （二）}, {@code 三、}, {@code 4.}) is
 * kept apart from the {@linkplain #name() name}; {@link #parse(String)} splits a cell's text, and
 * {@link #label()} joins them again. The name is {@linkplain Text#unwrap(String) unwrapped}: a line
 * break inside a cell is a wrap. Two categories are equal when their enumerators and names are.
 *
 * <p>The order of categories is the order of {@link ProgressReport#categories()}.
 *
 * @since 0.1.0
 */
@Value.Immutable(lazyhash = true)
public abstract class Category {

    private static final Pattern ENUMERATED = Pattern.compile(
            "^\\s*((?:[(（]\\s*[一二三四五六七八九十百零〇0-9０-９]+\\s*[)）])"
                    + "|(?:[一二三四五六七八九十百零〇]+\\s*[、.．])"
                    + "|(?:[0-9０-９]+\\s*[、．]|[0-9０-９]+\\.(?![0-9])))\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    Category() {}

    /**
     * A new builder.
     *
     * @return a builder of categories
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A category without an enumerator.
     *
     * @param name the name
     * @return the category
     * @throws NullPointerException if {@code name} is null
     * @throws ValidationException when the name is blank
     */
    public static Category of(String name) {
        Objects.requireNonNull(name, "name");
        return builder().name(name).build();
    }

    /**
     * A category with its enumerator.
     *
     * @param enumerator the enumerator, such as {@code (一)}
     * @param name the name
     * @return the category
     * @throws NullPointerException if {@code enumerator} or {@code name} is null
     * @throws ValidationException when the name is blank
     */
    public static Category of(String enumerator, String name) {
        Objects.requireNonNull(enumerator, "enumerator");
        Objects.requireNonNull(name, "name");
        return builder().enumerator(enumerator).name(name).build();
    }

    /**
     * A category from a cell's text, its enumerator split off when it has one: {@code
     * (一)经济社会发展主要预期目标} has enumerator {@code (一)} and name {@code 经济社会发展主要预期目标}.
     * A cell that is an enumerator only is taken as a name.
     *
     * @param cellText the cell's text
     * @return the category
     * @throws NullPointerException if {@code cellText} is null
     * @throws ValidationException when the text is blank
     */
    public static Category parse(String cellText) {
        Objects.requireNonNull(cellText, "cellText");
        String text = Text.unwrap(cellText);
        Matcher m = ENUMERATED.matcher(text);
        if (m.matches() && !Text.isBlank(m.group(2))) {
            return of(BLANKS.matcher(m.group(1)).replaceAll(""), m.group(2));
        }
        return of(text);
    }

    /**
     * The enumerator written before the name, such as {@code (一)}.
     *
     * @return the enumerator, when the table has one
     */
    public abstract Optional<String> enumerator();

    /**
     * The category's name, on one line, without its enumerator.
     *
     * @return the name, never blank
     */
    public abstract String name();

    /**
     * The enumerator and the name as one text, as a table prints them: {@code (一)经济社会发展主要预期目标}.
     *
     * @return the label
     */
    public String label() {
        return enumerator().orElse("") + name();
    }

    @Value.Check
    Category normalize() {
        String name = Text.unwrap(name());
        Optional<String> enumerator = enumerator().map(Text::unwrap).filter(e -> !e.isEmpty());
        new Checks().require(!name.isEmpty(), "name", "a category's name must not be blank").throwIfAny("Category");
        if (name.equals(name()) && enumerator.equals(enumerator())) {
            return this;
        }
        return builder().name(name).enumerator(enumerator).build();
    }

    @Override
    public String toString() {
        return label();
    }

    /**
     * Builds a {@link Category}; the name is required. One setter per attribute, named as its accessor (which
     * documents it); {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()}
     * checks the value and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableCategory.Builder {
        Builder() {}
    }
}
