package dev.fourfold.support;


import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A small client over MockMvc for API tests: send JSON, get status and body back. */
public final class Api {

    private final MockMvc mvc;

    public Api(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** An answer: status, content type and body, with JSON-path access. */
    public record Answer(int status, String contentType, String body) {
        public <T> T json(String path) {
            return JsonPath.read(body, path);
        }

        public long id() {
            return ((Number) json("$.id")).longValue();
        }

        public long version() {
            return ((Number) json("$.version")).longValue();
        }
    }

    public Answer get(String uri) {
        return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(uri));
    }

    public Answer post(String uri, String json) {
        return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(uri)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public Answer put(String uri, String json) {
        return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(uri)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public Answer delete(String uri) {
        return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(uri));
    }

    private Answer send(MockHttpServletRequestBuilder request) {
        try {
            MvcResult result = mvc.perform(request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)).andReturn();
            return new Answer(result.getResponse().getStatus(), result.getResponse().getContentType(),
                    result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
