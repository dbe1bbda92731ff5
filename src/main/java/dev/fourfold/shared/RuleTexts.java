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

        /** A wording of the English regular expression, translated by the rules bundle's key. */
        static Wording of(String english, String key) {
            return new Wording(Pattern.compile(english), key);
        }
    }

    /** A whole number carried over into the translation. */
    static final String NUMBER = "(-?\\d+)";

    private static final List<Wording> RULES = List.of(
            Wording.of("is required", "rule.required"),
            Wording.of("is required: say why the value is rejected", "rule.rejectReason"),
            Wording.of("is required: a decimal number such as 104\\.5", "rule.numberRequired"),
            Wording.of("'(.*)' is not a number", "rule.notANumber"),
            Wording.of("'(.*)' is not a whole number of days", "rule.notDays"),
            Wording.of("'(.*)' is not a valid value here", "rule.notValidHere"),
            Wording.of("'(.*)' is out of range: at most 15 digits before and 10 after the point",
                    "rule.formRange"),
            Wording.of("choose the perspective the objective belongs to", "rule.choosePerspective"),
            Wording.of("is too long: at most " + NUMBER + " characters, was " + NUMBER,
                    "rule.tooLong"),
            Wording.of("is too large: at most " + NUMBER + " digits before the decimal point",
                    "rule.tooLarge"),
            Wording.of("is too small: the smallest step is ([0-9.]+) \\(" + NUMBER
                    + " decimal places\\)", "rule.tooSmall"),
            Wording.of("has too many decimal places: at most " + NUMBER, "rule.tooManyDecimals"),
            Wording.of("'(.*)' is not a code: use a letter followed by letters, digits or _ \\(at most "
                    + NUMBER + " characters\\), e\\.g\\. REV or NPS_Q", "rule.notACode"),
            Wording.of("'(.*)' is not a period; expected a year .*", "rule.notAPeriod"),
            Wording.of("'(.*)' is not a day of the calendar", "rule.notADay"),
            Wording.of("contains a NUL character at position " + NUMBER, "rule.nul"),
            Wording.of("contains the control character (U\\+[0-9A-F]{4}) at position " + NUMBER
                    + "; this field is a single line", "rule.controlCharacterInLine"),
            Wording.of("contains the control character (U\\+[0-9A-F]{4}) at position " + NUMBER,
                    "rule.controlCharacter"),
            Wording.of("(-?[0-9.]+) is far outside the history of KPI (\\S+) \\(the middle half of its "
                    + NUMBER + " values lies between (-?[0-9.]+) and (-?[0-9.]+)\\): check the unit and the decimal "
                    + "separator", "rule.farOutside"),
            Wording.of("gives the same KPI and period as row " + NUMBER + ": give one value per KPI "
                    + "and period", "rule.sameAsRow"),
            Wording.of("KPI (\\S+) (\\S+) appears more than once in the file", "rule.moreThanOnce"));

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
