package dev.fourfold.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.fourfold.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** A scorecard file from the browser: checked first (what it would change, or its problems), then applied. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
@Transactional
class ScorecardUploadPageTests {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void previewsWhatAFileWouldCreateAndAppliesExactlyThatFile() throws Exception {
        byte[] file = Files.readAllBytes(Path.of("examples", "city-hospital.yaml"));
        MockHttpSession session = new MockHttpSession();
        long before = jdbc.sql("select count(*) from kpi").query(Long.class).single();

        String preview = mvc.perform(multipart("/scorecards/upload").file(new MockMultipartFile("file", "desk.yaml",
                "application/yaml", file)).with(csrf()).with(user("admin")).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview).contains("id=\"import-preview\"", "data-kind=\"kpi\"");
        Matcher token = TOKEN.matcher(preview);
        assertThat(token.find()).isTrue();

        var applied = mvc.perform(post("/scorecards/upload/apply").param("token", token.group(1)).with(csrf())
                .with(user("admin")).session(session)).andReturn().getResponse();
        assertThat(applied.getStatus()).isEqualTo(302);
        assertThat(applied.getRedirectedUrl()).startsWith("/scorecards/");
        assertThat(jdbc.sql("select count(*) from kpi").query(Long.class).single()).isGreaterThan(before);
    }

    @Test
    void namesTheOwnersWhoAreNoUserAndKeepsThem() throws Exception {
        String file = Files.readString(Path.of("examples", "city-hospital.yaml"))
                .replaceFirst("name: Patient care income\n", "name: Patient care income\n            owner: ADMIN\n");

        String preview = mvc.perform(multipart("/scorecards/upload").file(new MockMultipartFile("file", "desk.yaml",
                "application/yaml", file.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user("admin")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        String listed = preview.substring(preview.indexOf("id=\"import-unknown-owners\""));
        listed = listed.substring(0, listed.indexOf("</ul>"));
        assertThat(listed).contains("are no user of Fourfold", "<li>cfo@cityhospital.example</li>")
                .doesNotContain("ADMIN", "<li>admin</li>");
    }

    @Test
    void listsEveryProblemOfABadFileAndChangesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from scorecard").query(Long.class).single();

        var answer = mvc.perform(post("/scorecards/upload").param("text", "version: 1\nscorecard:\n  name: [broken")
                .with(csrf()).with(user("admin"))).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"import-problems\"", "line");
        assertThat(jdbc.sql("select count(*) from scorecard").query(Long.class).single()).isEqualTo(before);
    }
}
