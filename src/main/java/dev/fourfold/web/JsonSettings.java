package dev.fourfold.web;

import dev.fourfold.scoring.RollupRule;
import dev.fourfold.scoring.Status;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Period;
import java.util.function.Function;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * JSON as the API promises it: unknown fields are an error (a typo must not pass silently), decimals are read
 * exactly and written in plain notation, values are checked as they are read ({@link EdgeDeserializers}), and periods and the scoring vocabulary appear as their keys
 * ({@code 2026-Q1}, {@code green}, {@code weighted-average}).
 */
@Configuration(proxyBeanMethods = false)
class JsonSettings {

    @Bean
    JsonMapperBuilderCustomizer fourfoldJson() {
        SimpleModule keys = new SimpleModule("fourfold-keys")
                .addSerializer(Period.class, asText(Period.class, Period::key))
                .addSerializer(Status.class, asText(Status.class, Status::key))
                .addSerializer(View.class, asText(View.class, View::key))
                .addSerializer(RollupRule.class, asText(RollupRule.class, RollupRule::key));
        return builder -> builder
                .addModule(keys)
                .addModule(EdgeDeserializers.module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    private static <T> StdSerializer<T> asText(Class<T> type, Function<T, String> key) {
        return new StdSerializer<>(type) {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext context) {
                gen.writeString(key.apply(value));
            }
        };
    }
}
