package dev.fourfold.web;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.scorecard.Scorecard;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.PageRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the scorecards the user may read, each with its score and colour for the last full month. */
@Controller
class HomeController {

    private final ScorecardService scorecards;
    private final EvaluationService evaluations;

    HomeController(ScorecardService scorecards, EvaluationService evaluations) {
        this.scorecards = scorecards;
        this.evaluations = evaluations;
    }

    /** One row of the home page. */
    record Row(long id, String name, String period, String score, String status) {
    }

    @GetMapping("/")
    String home(Model model, Actor actor) {
        List<Row> rows = scorecards.list(null, new PageRequest(0, PageRequest.MAX_SIZE), actor).items().stream()
                .map(s -> row(s, actor)).toList();
        model.addAttribute("rows", rows);
        return "web/home";
    }

    private Row row(Scorecard s, Actor actor) {
        var evaluation = evaluations.evaluate(s.id(), null, null, actor).current();
        Double score = evaluation.score();
        return new Row(s.id(), s.name(), evaluation.period().key(),
                score == null ? "—" : BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP).toPlainString(),
                evaluation.status().key());
    }
}
