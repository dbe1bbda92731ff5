package dev.fourfold.web;

import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
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
        return !Actor.ANONYMOUS.equals(actor.name()) && access.isAdmin(actor);
    }
}
