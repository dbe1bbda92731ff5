package dev.fourfold.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules' messages in the reader's language. Services state a refused input in English (the API's problem
 * details are English by contract); a page shows the same message translated where the catalogue knows its
 * wording, and as stated otherwise. The wording is matched as a whole, its numbers and names carried over, so a
 * translation never changes what a message says. The translations are the bundle {@code i18n/rules}.
 */
public final class RuleTexts {

    record Wording(Pattern english, String key) {
    }

    private static final String NUMBER = "(-?\\d+)";

    private static final List<Wording> RULES = List.of(
            new Wording(Pattern.compile("is required"), "rule.required"),
            new Wording(Pattern.compile("is required: say why the value is rejected"), "rule.rejectReason"),
            new Wording(Pattern.compile("is required: a decimal number such as 104\\.5"), "rule.numberRequired"),
            new Wording(Pattern.compile("'(.*)' is not a number"), "rule.notANumber"),
            new Wording(Pattern.compile("'(.*)' is not a whole number of days"), "rule.notDays"),
            new Wording(Pattern.compile("'(.*)' is not a valid value here"), "rule.notValidHere"),
            new Wording(Pattern.compile("'(.*)' is out of range: at most 15 digits before and 10 after the point"),
                    "rule.formRange"),
            new Wording(Pattern.compile("choose the perspective the objective belongs to"), "rule.choosePerspective"),
            new Wording(Pattern.compile("is too long: at most " + NUMBER + " characters, was " + NUMBER),
                    "rule.tooLong"),
            new Wording(Pattern.compile("is too large: at most " + NUMBER + " digits before the decimal point"),
                    "rule.tooLarge"),
            new Wording(Pattern.compile("is too small: the smallest step is ([0-9.]+) \\(" + NUMBER
                    + " decimal places\\)"), "rule.tooSmall"),
            new Wording(Pattern.compile("has too many decimal places: at most " + NUMBER), "rule.tooManyDecimals"),
            new Wording(Pattern.compile("'(.*)' is not a code: use a letter followed by letters, digits or _ \\(at most "
                    + NUMBER + " characters\\), e\\.g\\. REV or NPS_Q"), "rule.notACode"),
            new Wording(Pattern.compile("'(.*)' is not a period; expected a year .*"), "rule.notAPeriod"),
            new Wording(Pattern.compile("'(.*)' is not a day of the calendar"), "rule.notADay"),
            new Wording(Pattern.compile("contains a NUL character at position " + NUMBER), "rule.nul"),
            new Wording(Pattern.compile("contains the control character (U\\+[0-9A-F]{4}) at position " + NUMBER
                    + "; this field is a single line"), "rule.controlCharacterInLine"),
            new Wording(Pattern.compile("contains the control character (U\\+[0-9A-F]{4}) at position " + NUMBER),
                    "rule.controlCharacter"),
            new Wording(Pattern.compile("(-?[0-9.]+) is far outside the history of KPI (\\S+) \\(the middle half of its "
                    + NUMBER + " values lies between (-?[0-9.]+) and (-?[0-9.]+)\\): check the unit and the decimal "
                    + "separator"), "rule.farOutside"),
            new Wording(Pattern.compile("gives the same KPI and period as row " + NUMBER + ": give one value per KPI "
                    + "and period"), "rule.sameAsRow"),
            new Wording(Pattern.compile("KPI (\\S+) (\\S+) appears more than once in the file"), "rule.moreThanOnce"));

    private static final List<Wording> CATALOGUE = Stream.concat(RULES.stream(), IntegrationWordings.ALL.stream())
            .toList();

    private RuleTexts() {
    }

    /** The message in the locale's language, or as given when the catalogue has no translation of it. */
    public static String in(Locale locale, String message) {
        ResourceBundle bundle = bundle(locale);
        if (bundle == null || message == null) {
            return message;
        }
        for (Wording wording : CATALOGUE) {
            Matcher m = wording.english().matcher(message);
            if (m.matches() && bundle.containsKey(wording.key())) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1) == null ? "" : m.group(i + 1);
                }
                return new MessageFormat(bundle.getString(wording.key()), locale).format(args);
            }
        }
        return message;
    }

    private static ResourceBundle bundle(Locale locale) {
        if (locale == null) {
            return null;
        }
        try {
            return ResourceBundle.getBundle("i18n.rules", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
