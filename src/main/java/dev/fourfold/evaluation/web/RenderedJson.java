package dev.fourfold.evaluation.web;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Writes an evaluation tree kept by {@link RenderedTrees} as the JSON rendered when it was kept, instead of
 * serialising it again. It takes part only in a request that put its rendered tree in the request attribute
 * {@link #ATTRIBUTE}, and only for JSON: content negotiation, the media type and the bytes stay those of the JSON
 * converter; any other request and media type goes to the converters as before.
 */
@Configuration(proxyBeanMethods = false)
class RenderedJson implements WebMvcConfigurer {

    static final String ATTRIBUTE = RenderedJson.class.getName() + ".rendered";

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(new Converter());
    }

    /** Marks the request's answer as the given rendered tree. */
    static EvaluationResponses.ScorecardNode answer(RenderedTrees.Rendered rendered, RequestAttributes request) {
        request.setAttribute(ATTRIBUTE, rendered, RequestAttributes.SCOPE_REQUEST);
        return rendered.tree();
    }

    private static RenderedTrees.@Nullable Rendered rendered() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null
                : (RenderedTrees.Rendered) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }

    static final class Converter extends AbstractHttpMessageConverter<EvaluationResponses.ScorecardNode> {

        Converter() {
            super(MediaType.APPLICATION_JSON);
        }

        @Override
        protected boolean supports(Class<?> type) {
            return type == EvaluationResponses.ScorecardNode.class && rendered() != null;
        }

        @Override
        protected boolean canRead(@Nullable MediaType mediaType) {
            return false;
        }

        @Override
        protected EvaluationResponses.ScorecardNode readInternal(
                Class<? extends EvaluationResponses.ScorecardNode> type, HttpInputMessage input) {
            throw new UnsupportedOperationException("evaluation trees are only written");
        }

        @Override
        protected Long getContentLength(EvaluationResponses.ScorecardNode tree, @Nullable MediaType contentType) {
            return (long) json(tree).length;
        }

        @Override
        protected void writeInternal(EvaluationResponses.ScorecardNode tree, HttpOutputMessage output)
                throws IOException {
            output.getBody().write(json(tree));
        }

        private static byte[] json(EvaluationResponses.ScorecardNode tree) {
            RenderedTrees.Rendered rendered = rendered();
            if (rendered == null || rendered.tree() != tree) {
                throw new IllegalStateException("no rendered JSON for this tree");
            }
            return rendered.json();
        }
    }
}
