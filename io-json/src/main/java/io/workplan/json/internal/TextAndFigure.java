package io.workplan.json.internal;

import io.workplan.core.Progress;
import io.workplan.core.internal.Memo;
import io.workplan.json.internal.Drafts.ProgressDraft;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored progress against its text: the text is what a person sees, so the kind and the
 * percentage must be what the text says ({@link Progress#parse(String)}), the percentage rounded
 * half up to the decimals the text shows ({@code 53.6} shown as {@code 54%} agrees, {@code 61} shown
 * as {@code 60%} does not). And the percentage must be one a spreadsheet can hold as a number.
 * Otherwise the progress would change on its way through a sheet, or be shown as another figure
 * than the one summed.
 */
final class TextAndFigure {

    /** The largest number a spreadsheet cell holds (a double's largest), as a percentage: 100 times it. */
    private static final BigDecimal LARGEST_PERCENT = new BigDecimal(Double.MAX_VALUE).movePointRight(2);

    /** The most texts whose reading is kept: a report has a few hundred distinct progress texts. */
    private static final int KEPT = 4096;

    /** The longest text whose reading is kept: a percentage and a short note. */
    private static final int KEPT_LENGTH = 64;

    /** What each short text says, read once: the same texts come back on task after task. */
    private final Memo<String, Progress> said = new Memo<>(KEPT);

    /**
     * The progress of a draft read whole, when its text, kind and percentage agree and a sheet can
     * hold its percentage. What the text says is read once for each short text, and is the value
     * itself when the draft stores just that (as written by the writer, nearly always).
     *
     * @return the progress, or {@code null} when the domain or this check refused it (reported)
     */
    Progress progress(ProgressDraft d, DomainPlaces places, ProblemList problems) {
        Progress shown = said(d.text);
        if (shown.kind() == d.kind && Objects.equals(shown.percent().orElse(null), d.percent)) {
            return shown;
        }
        Progress progress = places.build(d.at, () -> Progress.builder().kind(d.kind).text(d.text)
                .percent(Optional.ofNullable(d.percent)).build(), path -> path);
        return progress == null ? null : check(progress, d, problems);
    }

    /**
     * The progress, when its text, kind and percentage agree and a sheet can hold its percentage.
     *
     * @param progress the progress as stored
     * @param d its draft, for the places of its kind and percentage
     * @param problems where a disagreement is reported
     * @return the progress, or {@code null} when it was refused
     */
    Progress check(Progress progress, ProgressDraft d, ProblemList problems) {
        Optional<BigDecimal> stored = progress.percent();
        if (stored.isPresent() && stored.get().abs().compareTo(LARGEST_PERCENT) > 0) {
            problems.add(problems.at(d.at.below(Names.PERCENT, d.percentAt), Names.PERCENT).rawText(stored.get().toString())
                    .reason("the percentage is beyond what a spreadsheet cell holds as a number (about 1.8E+310 %)"));
            return null;
        }
        Progress shown = said(progress.text());
        if (shown.kind() != progress.kind()) {
            problems.add(problems.at(d.at.below(Names.KIND, d.kindAt), Names.KIND).rawText(Names.kindName(progress.kind()))
                    .reason("the text '" + progress.text() + "' says a progress of kind " + Names.kindName(shown.kind())
                            + ", not " + Names.kindName(progress.kind()) + ": the text is what a person sees, and the kind"
                            + " must be what it says"));
            return null;
        }
        Optional<BigDecimal> figure = shown.percent();
        boolean agree = figure.isPresent() == stored.isPresent()
                && (figure.isEmpty() || stored.get().setScale(figure.get().scale(), RoundingMode.HALF_UP).compareTo(figure.get()) == 0);
        if (!agree) {
            Spot at = d.percentAt != null ? d.at.below(Names.PERCENT, d.percentAt) : d.at;
            io.workplan.core.Problem.Builder problem = problems.at(at, Names.PERCENT);
            stored.ifPresent(s -> problem.rawText(s.toString()));
            problems.add(problem.reason("the text '" + progress.text() + "' shows "
                    + figure.map(f -> f.toPlainString() + " %").orElse("no percentage") + ", but the percentage "
                    + stored.map(s -> "is " + s.toPlainString()).orElse("is missing") + ": the text is what a person sees,"
                    + " and the percentage must be the figure it shows (rounded to the decimals it shows)"));
            return null;
        }
        return progress;
    }

    private Progress said(String text) {
        if (text.length() > KEPT_LENGTH) {
            return Progress.parse(text);
        }
        return said.get(text, Progress::parse);
    }
}
