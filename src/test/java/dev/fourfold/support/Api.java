package dev.fourfold.support;


import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A small client over MockMvc for API tests: send JSON, get status and body back. Requests are signed in as the
 * demo administrator unless {@link #as} or {@link #anonymous} says otherwise.
 */
public final class Api {

    private final MockMvc mvc;
    private final RequestPostProcessor credentials;

    public Api(MockMvc mvc) {
        this(mvc, signedIn("admin"));
    }

    private Api(MockMvc mvc, RequestPostProcessor credentials) {
        this.mvc = mvc;
        this.credentials = credentials;
    }

    /** The same client signed in as another user, with read and write credentials. */
    public Api as(String username) {
        return new Api(mvc, signedIn(username));
    }

    /** The same client with other credentials, e.g. {@code httpBasic(...)} or a bearer header. */
    public Api with(RequestPostProcessor other) {
        return new Api(mvc, other);
    }

    /** The same client without credentials. */
    public Api anonymous() {
        return new Api(mvc, request -> request);
    }

    private static RequestPostProcessor signedIn(String username) {
        return SecurityMockMvcRequestPostProcessors.user(username).password("unused")
                .authorities(new SimpleGrantedAuthority("SCOPE_read"), new SimpleGrantedAuthority("SCOPE_read-write"));
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

    /** Sends any request with this client's credentials. */
    public Answer send(AbstractMockHttpServletRequestBuilder<?> request) {
        try {
            MvcResult result = mvc.perform(request.with(credentials)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)).andReturn();
            return new Answer(result.getResponse().getStatus(), result.getResponse().getContentType(),
                    result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
