package dev.fourfold.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Set;

/**
 * Names the OpenAPI schemas of nested types with a generic name after the type they belong to. Schemas are named by
 * the simple class name, so the values batch's and the targets batch's {@code BatchRequest} and {@code Item} would
 * otherwise become one schema, and a generated client would send the wrong fields: {@code ActualService.Item}
 * becomes {@code ActualItem}, {@code TargetController.BatchRequest} {@code TargetBatchRequest}.
 */
final class ApiSchemaNames implements ModelConverter {

    private static final Set<String> GENERIC = Set.of("Item", "BatchRequest", "Request");
    private static final String[] ROLES = {"Controller", "Service"};

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getName() == null && type.getType() != null) {
            JavaType java = Json.mapper().constructType(type.getType());
            Class<?> raw = java.getRawClass();
            if (GENERIC.contains(raw.getSimpleName()) && raw.getEnclosingClass() != null) {
                type.name(owner(raw.getEnclosingClass()) + raw.getSimpleName());
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private static String owner(Class<?> enclosing) {
        String name = enclosing.getSimpleName();
        for (String role : ROLES) {
            if (name.endsWith(role)) {
                return name.substring(0, name.length() - role.length());
            }
        }
        return name;
    }
}
