package dev.fourfold.evaluation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Numbers as the pages show them ({@code ${@pageNumbers.value(x)}}): values with their own decimals (at most four)
 * and thousands separators, scores with one decimal. The API keeps them unrounded.
 */
@Component("pageNumbers")
public class PageNumbers {

    public String value(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        int decimals = Math.max(0, Math.min(4, value.scale()));
        DecimalFormat format = new DecimalFormat("#,##0" + (decimals == 0 ? "" : "." + "0".repeat(decimals)),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    public String score(BigDecimal score) {
        return score == null ? "—" : score.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
