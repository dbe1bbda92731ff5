package dev.fourfold.scorecard;

import java.util.LinkedHashMap;
import java.util.Map;

/** A node of the company tree (company → division → department); owns scorecards. */
public record OrgUnit(long id, Long parentId, String name, long version) {

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parentId", parentId);
        m.put("name", name);
        return m;
    }
}
