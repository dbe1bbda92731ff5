package dev.fourfold.evaluation.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Scores as the pages show them ({@code ${@pageNumbers.score(x)}}): one decimal, rounded half up, in the reader's language. The API keeps them
 * unrounded. The numbers of a scorecard's rows are formatted by {@link PageFormats}.
 */
@Component("pageNumbers")
public class PageNumbers {

    public String score(@Nullable BigDecimal score) {
        return new PageFormats(LocaleContextHolder.getLocale()).scoreOf(score);
    }
}
