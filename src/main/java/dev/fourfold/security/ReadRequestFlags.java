package dev.fourfold.security;

import java.util.function.BooleanSupplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether a user is an administrator, asked once per read request (GET, HEAD) and kept as an attribute of that
 * request: a page asks in several places (the access check, the layout's menu), and a read changes no flag. Writes
 * and work outside a request always ask the database.
 */
final class ReadRequestFlags {

    private static final String PREFIX = ReadRequestFlags.class.getName() + ".admin.";

    private ReadRequestFlags() {
    }

    static boolean admin(String username, BooleanSupplier read) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || !isRead(attributes.getRequest().getMethod())) {
            return read.getAsBoolean();
        }
        String key = PREFIX + username;
        if (attributes.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Boolean kept) {
            return kept;
        }
        boolean admin = read.getAsBoolean();
        attributes.setAttribute(key, admin, RequestAttributes.SCOPE_REQUEST);
        return admin;
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }
}
