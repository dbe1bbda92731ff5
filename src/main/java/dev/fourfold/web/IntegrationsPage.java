package dev.fourfold.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The ways data comes in and goes out, on one page: files of values, the API with personal tokens, the BI feed
 * (its address to paste into Power BI or Excel, as text: the stateless API answers a browser session with 401), and
 * for administrators SQL connectors and webhooks.
 */
@Controller
class IntegrationsPage {

    @GetMapping("/integrations")
    String integrations(Model model, HttpServletRequest request) {
        model.addAttribute("feedUrl", ServletUriComponentsBuilder.fromContextPath(request).path("/api/v1/facts")
                .queryParam("format", "csv").build().toUriString());
        return "integrations";
    }
}
