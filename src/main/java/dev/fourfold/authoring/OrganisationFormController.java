package dev.fourfold.authoring;

import dev.fourfold.scorecard.Organisation;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation's settings, for administrators: its name, the month its fiscal year starts and its score scale.
 * The service allows the last two to change only while no scorecard exists, and says so.
 */
@Controller
class OrganisationFormController {

    /** The settings as the form holds them, every field as typed. */
    record OrganisationForm(@Nullable String name, @Nullable String fiscalYearStart, @Nullable String scale,
                            @Nullable Long version) {

        static final List<String> FIELDS = List.of("name", "fiscalYearStart", "scale");

        static OrganisationForm of(Organisation o) {
            return new OrganisationForm(o.name(), Integer.toString(o.fiscalYearStart()), o.scale(), o.version());
        }

        Organisation draft(FormFields fields) {
            Integer month = fields.whole("fiscalYearStart", fiscalYearStart);
            if (month == null && fields.ok()) {
                fields.add("fiscalYearStart", "choose the month in which the fiscal year starts");
            }
            return new Organisation(FormFields.text(name), month == null ? 0 : month, FormFields.text(scale),
                    version == null ? -1 : version);
        }
    }

    /** A month to choose, with its name in the reader's language. */
    record MonthOption(String value, String name) {
    }

    private final OrganisationService organisation;
    private final Access access;
    private final MessageSource messages;

    OrganisationFormController(OrganisationService organisation, Access access, MessageSource messages) {
        this.organisation = organisation;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/organisation/edit")
    String edit(Model model, Actor actor, Locale locale) {
        access.requireAdmin(actor);
        return form(model, OrganisationForm.of(organisation.get()), Map.of(), locale);
    }

    @PostMapping("/organisation/edit")
    String save(@ModelAttribute OrganisationForm form, BindingResult binding, Model model, Actor actor, Locale locale,
                HttpServletResponse response, RedirectAttributes redirect) {
        access.requireAdmin(actor);
        FormFields fields = new FormFields(locale);
        fields.add(binding);
        Organisation draft = form.draft(fields);
        int status = HttpServletResponse.SC_BAD_REQUEST;
        if (fields.ok()) {
            try {
                organisation.update(draft, actor);
                redirect.addFlashAttribute("done", messages.getMessage("authoring.organisation.saved", null, locale));
                return "redirect:/organisation/edit";
            } catch (InvalidInputException e) {
                fields.add(e, OrganisationForm.FIELDS);
            } catch (ConflictException e) {
                fields.add(e, messages.getMessage("authoring.stale", null, locale));
                status = HttpServletResponse.SC_CONFLICT;
            }
        }
        response.setStatus(status);
        return form(model, form, fields.problems(), locale);
    }

    private String form(Model model, OrganisationForm form, Map<String, String> problems, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("months", IntStream.rangeClosed(1, 12).mapToObj(m -> new MonthOption(Integer.toString(m),
                Month.of(m).getDisplayName(TextStyle.FULL, locale))).toList());
        return "authoring/organisation";
    }
}
