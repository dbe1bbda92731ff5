package dev.fourfold.web;

import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs to know about the signed-in user. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    private final Access access;

    PageModel(Access access) {
        this.access = access;
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin(Actor actor) {
        return signedIn(actor) && access.isAdmin(actor);
    }

    /** Whether someone is signed in: the layout shows the menu then (cheaper than a security expression per page). */
    @ModelAttribute("signedIn")
    boolean signedIn(Actor actor) {
        return !Actor.ANONYMOUS.equals(actor.name());
    }

    /** The page's path and query, for forms that come back to it (the language switcher). */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
    }
}
