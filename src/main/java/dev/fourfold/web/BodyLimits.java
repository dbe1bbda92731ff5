package dev.fourfold.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Largest request bodies the server reads.
 *
 * @param body        any request but an import
 * @param importBody  a scorecard-file import ({@code POST /api/v1/scorecards/import})
 * @param valuesBody  an upload of a file of values ({@code POST /api/v1/imports}, {@code POST /imports})
 */
@ConfigurationProperties("fourfold.limits")
record BodyLimits(@DefaultValue("16MB") DataSize body, @DefaultValue("32MB") DataSize importBody,
                  @DefaultValue("100MB") DataSize valuesBody) {
}
