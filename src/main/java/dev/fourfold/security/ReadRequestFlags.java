package dev.fourfold.security;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether a user is an administrator, and their roles on a scorecard, asked once per read request (GET, HEAD) and kept as an attribute of that
 * request: a page asks in several places (the access check, the layout's menu), and a read changes no flag. Writes
 * and work outside a request always ask the database.
 */
final class ReadRequestFlags {

    private static final String PREFIX = ReadRequestFlags.class.getName() + ".admin.";
    private static final String ROLES = ReadRequestFlags.class.getName() + ".roles.";

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

    /** A user's roles on a scorecard, asked once per read request as {@link #admin} is. */
    @SuppressWarnings("unchecked")
    static List<String> roles(String username, long scorecardId, Supplier<List<String>> read) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || !isRead(attributes.getRequest().getMethod())) {
            return read.get();
        }
        String key = ROLES + scorecardId + "." + username;
        if (attributes.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof List<?> kept) {
            return (List<String>) kept;
        }
        List<String> roles = List.copyOf(read.get());
        attributes.setAttribute(key, roles, RequestAttributes.SCOPE_REQUEST);
        return roles;
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }
}
