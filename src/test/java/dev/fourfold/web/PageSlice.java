package dev.fourfold.web;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.kpi.PeriodLocks;
import dev.fourfold.kpi.TargetService;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.scorecard.UnitService;
import dev.fourfold.security.GrantService;
import dev.fourfold.security.InitialUsers;
import dev.fourfold.security.TokenService;
import dev.fourfold.security.UserService;
import dev.fourfold.shared.Access;
import dev.fourfold.support.TestClock;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The one web slice that every page slice test shares, so they all run in a single cached Spring context: the
 * page controllers named below with the real MVC set-up of {@code web} (the {@code Actor} argument, the layout's
 * model, the error pages, Thymeleaf) and the real helpers the controllers compose pages with ({@code UserPage},
 * {@code GrantTargets}), the fixed {@link TestClock}, and every service behind them mocked. A test gets a mock by
 * {@code @Autowired} and stubs it; mocks are reset after each test. Adding a page controller here means adding
 * its services to the mocks, never a {@code @MockitoBean} field in a test class (that would start a new context).
 * <p>
 * Security is Spring Boot's default for the slice (every page needs a signed-in user), not the application's
 * filter chains: those are covered by the full authorisation tests. Requests sign in with
 * {@code SecurityMockMvcRequestPostProcessors.user(…)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
        includeFilters = @Filter(type = FilterType.REGEX, pattern = "dev\\.fourfold\\."
                + "(evaluation\\.web\\.(EvaluationTrees|ScorecardPages|ScorecardPageView|PageNumbers|KpiPages|KpiHistory)"
                + "|security\\.web\\.(UserPage|GrantTargets))"),
        excludeFilters = @Filter(type = FilterType.REGEX, pattern = "dev\\.fourfold\\.web\\.BodySizeLimit"
                + "|(?!dev\\.fourfold\\.(evaluation\\.web\\.(ScorecardPage|KpiPage)Controller"
                + "|audit\\.web\\.AuditPageController"
                + "|security\\.web\\.(TokenPage|Account|GrantPage|Login|UserPage|UsersPage)Controller)$)"
                + "dev\\.fourfold\\..*Controller"))
@MockitoBean(types = {EvaluationService.class, PeriodLocks.class, OrganisationService.class, ScorecardService.class,
        UnitService.class, Access.class, TokenService.class, ChangeLog.class, UserService.class, GrantService.class,
        InitialUsers.class, ActualService.class, TargetService.class})
@Import(TestClock.class)
@ActiveProfiles("test")
public @interface PageSlice {
}
