/** The web shell: API error answers (RFC 9457), JSON settings, request-scoped actor and paging, the home page. */
package dev.fourfold.web;
