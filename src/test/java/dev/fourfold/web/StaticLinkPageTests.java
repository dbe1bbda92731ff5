package dev.fourfold.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.fourfold.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** The pages' links to static files are resolved as before (WebJars with their version), by one filter only. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class StaticLinkPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void linksWebJarsWithTheirVersionAndPagesAsWritten() throws Exception {
        String page = mvc.perform(get("/").with(user("admin"))).andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/dist/css/bootstrap\\.min\\.css")
                .contains("href=\"/css/fourfold.css\"").contains("href=\"/scorecards/");
    }

    @Test
    void registersOnlyTheStaticLinkFilter() {
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .filteredOn(r -> r.getFilter() instanceof ResourceUrlEncodingFilter)
                .singleElement().satisfies(r -> assertThat(r.getFilter()).isInstanceOf(StaticLinks.StaticLinkFilter.class));
    }
}
