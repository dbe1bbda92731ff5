package dev.fourfold.strategy.web;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.RuleTexts;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A scorecard's strategy map: the page with the map drawn inline and the same objectives as a list, and the map as
 * an SVG file to download. Only readers of the scorecard see it (others get the 404 page, as for the scorecard).
 */
@Controller
class StrategyMapController {

    private static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

    private final StrategyMaps maps;

    StrategyMapController(StrategyMaps maps) {
        this.maps = maps;
    }

    @GetMapping("/scorecards/{id}/map")
    String map(@PathVariable long id, @RequestParam(required = false) @Nullable String period,
               @RequestParam(required = false) @Nullable String view, Model model, Actor actor, Locale locale,
               HttpServletRequest request) {
        StrategyMaps.MapPage page;
        try {
            page = maps.map(id, period, view, actor, locale, request.getContextPath());
        } catch (InvalidInputException e) {
            model.addAttribute("error", RuleTexts.in(locale, e.problems().get(0).message()));
            model.addAttribute("typedPeriod", period);
            page = maps.map(id, null, null, actor, locale, request.getContextPath());
        }
        model.addAttribute("map", page);
        return "strategy/map";
    }

    @GetMapping("/scorecards/{id}/map.svg")
    ResponseEntity<String> svg(@PathVariable long id, @RequestParam(required = false) @Nullable String period,
                               @RequestParam(required = false) @Nullable String view, Actor actor, Locale locale,
                               HttpServletRequest request) {
        StrategyMaps.MapPage page = maps.map(id, period, view, actor, locale, request.getContextPath());
        String file = "strategy-map-" + id + "-" + page.period() + ".svg";
        return ResponseEntity.ok().contentType(SVG)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + page.svg() + "\n");
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }
}
