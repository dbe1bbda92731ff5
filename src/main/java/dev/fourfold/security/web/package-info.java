/** Pages and REST endpoints of users, grants, tokens and sign-in. */
@NullMarked
package dev.fourfold.security.web;

import org.jspecify.annotations.NullMarked;
